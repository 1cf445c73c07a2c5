import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../server/db/client';
import { watchHotlineClocks } from '../server/jobs/hotline-clock-watch';
import { generateHotlineMonthlyReports } from '../server/jobs/hotline-monthly-report';
import { JOBS } from '../server/jobs/registry';
import type { JobContext, JobResult } from '../server/jobs/types';
import { createWorkOrder } from '../server/usecases/hotline/create-work-order';
import { dispatchWorkOrder } from '../server/usecases/hotline/dispatch-work-order';
import { feedBackWorkOrder } from '../server/usecases/hotline/feed-back-work-order';
import { finishWorkOrder } from '../server/usecases/hotline/finish-work-order';
import { generateMonthlyReport } from '../server/usecases/hotline/generate-monthly-report';
import { rateWorkOrder } from '../server/usecases/hotline/rate-work-order';
import { recordWorkOrderContact } from '../server/usecases/hotline/record-work-order-contact';
import { useServer } from './helpers/client';
import { DB_KINDS } from './helpers/db';
import { readDocx } from './helpers/docx';
import { createHotlineCity, orderOf, PHONES, type HotlineCity } from './helpers/hotline-world';

/**
 * Issue 15 §1, §3, §5 (R-LINE-1, R-LINE-3): the daily clock watch (催办 the day after a missed deadline,
 * 通报 five working days on, each once), the monthly report (its figures against the orders made here,
 * by the job on the profile's day and on demand; who may read it), its Word and Excel files, the annual
 * report, the Excel import (all rows or none, errors by row), and the hotline figures in the unit scores.
 * Time is the use cases' and the jobs' `now`.
 */
describe.each(DB_KINDS)('hotline reports on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  let w: HotlineCity;
  useServer(kind, (db, a) => ((d = db), (app = a)));
  beforeAll(async () => {
    w = await createHotlineCity(d.db, app);
    await w.hotline.ok('POST', '/api/hotline/catalogue', { category: '市政设施', unitId: w.city.unitIds[1], committeeId: w.committee.id });
  });
  const at = (s: string) => new Date(s);
  const run = (fn: (ctx: JobContext) => Promise<JobResult>, now: Date) => d.db.transaction((tx) => fn({ tx: tx as never, now, scheduledFor: now }));
  const outboxOf = (orderId: number, type: string) =>
    queryRows<{ recipientOrgId: number | null; recipientUserId: number | null; payload: Record<string, unknown> }>(
      d.db,
      sql`select recipient_org_id as "recipientOrgId", recipient_user_id as "recipientUserId", payload from outbox
          where type = ${type} and (payload->>'orderId')::int = ${orderId} order by id`,
    );
  /** An order called and dispatched at `when` to unit 1 (the use cases with the context's clock). */
  const dispatched = async (when: string, content = '桃花仑街道某小区电梯长期故障，老人上下楼困难。') => {
    const ctx = await w.ctxOf(w.users.hotline, at(when));
    const created = await createWorkOrder(ctx, { callerPhone: PHONES.zhang, category: '市政设施', content, calledAt: when, urgency: 'general' });
    return dispatchWorkOrder(ctx, { orderId: created.id, version: 1, leadUnitId: w.city.unitIds[1], coUnitIds: [] });
  };
  const unitCtx = (when: string) => w.ctxOf(w.users.units[1].handler, at(when));

  it('R-LINE-1 催办 the day after a missed deadline, once; 通报 five working days on, once; each an event of the order', async () => {
    // Monday 2 March 2026 09:00: contact by Tuesday 09:00, finished by Wednesday 11 March (7 working days).
    const o = await dispatched('2026-03-02T09:00:00+08:00');
    expect(o.finishDue).toBe('2026-03-11');
    expect((await run(watchHotlineClocks, at('2026-03-03T10:00:00+08:00'))).urged).toBe(0); // missed, but not the day after yet
    expect(await outboxOf(o.id, 'hotlineUrged')).toHaveLength(0);
    await run(watchHotlineClocks, at('2026-03-04T07:20:00+08:00'));
    await run(watchHotlineClocks, at('2026-03-04T07:20:00+08:00')); // twice the same day: once
    let urged = await outboxOf(o.id, 'hotlineUrged');
    expect(urged).toHaveLength(1);
    expect(urged[0]).toMatchObject({ recipientOrgId: w.city.unitIds[1], payload: { deadlines: ['contact'] } });
    // Five working days after Tuesday 3 March: Tuesday 10 March. Not before it; then once, to the unit and both offices.
    await run(watchHotlineClocks, at('2026-03-09T07:20:00+08:00'));
    expect(await outboxOf(o.id, 'hotlineBulletined')).toHaveLength(0);
    await run(watchHotlineClocks, at('2026-03-10T07:20:00+08:00'));
    await run(watchHotlineClocks, at('2026-03-10T18:00:00+08:00'));
    const bulletins = await outboxOf(o.id, 'hotlineBulletined');
    expect(bulletins.map((b) => b.recipientOrgId ?? b.recipientUserId).sort()).toEqual([w.city.unitIds[1], w.users.hotline.id, w.users.liaison.id].sort());
    // The finishing day (11 March) missed: a new 催办 on the 12th, for that deadline only.
    await run(watchHotlineClocks, at('2026-03-12T07:20:00+08:00'));
    await run(watchHotlineClocks, at('2026-03-12T07:20:00+08:00'));
    urged = await outboxOf(o.id, 'hotlineUrged');
    expect(urged.map((u) => u.payload.deadlines)).toEqual([['contact'], ['finish']]);
    const page = await orderOf(w.hotline, o.id);
    expect(page.events.filter((e: any) => e.type === 'urged').map((e: any) => e.typeLabel)).toEqual(['催办', '催办']);
    const b = page.events.filter((e: any) => e.type === 'bulletined');
    expect(b).toHaveLength(1);
    expect(b[0].detail).toContain('5 个工作日');
    const [row] = await queryRows<{ urged: string; bulletined: string }>(
      d.db,
      sql`select urged_on::text as urged, bulletined_on::text as bulletined from work_orders where id = ${o.id}`,
    );
    expect(row).toEqual({ urged: '2026-03-12', bulletined: '2026-03-10' });
    // A contact and the finishing stop the clocks: nothing more for the order.
    const u = await unitCtx('2026-03-12T09:00:00+08:00');
    const c = await recordWorkOrderContact(u, {
      orderId: o.id,
      version: (await orderOf(w.hotline, o.id)).version,
      method: 'phone',
      invited: true,
      note: '已联系',
    });
    await finishWorkOrder(u, { orderId: o.id, version: c.version, result: '已维修' });
    expect((await run(watchHotlineClocks, at('2026-03-13T07:20:00+08:00'))).urged).toBe(0);
    expect(JOBS.find((j) => j.name === 'hotlineClockWatch')).toMatchObject({ label: '民情通达专线工单催办与通报' });
  });

  it('R-LINE-3 the monthly report: figures against the orders of April, on demand and by the job on the profile day; who may read it', async () => {
    // 1: contacted in time, finished on time, rated 满意 → closed.
    let o1 = await dispatched('2026-04-01T09:00:00+08:00', '资阳区某路口红绿灯故障');
    o1 = await recordWorkOrderContact(await unitCtx('2026-04-01T12:00:00+08:00'), {
      orderId: o1.id,
      version: o1.version,
      method: 'phone',
      invited: true,
      note: '已联系',
    });
    o1 = await finishWorkOrder(await unitCtx('2026-04-03T10:00:00+08:00'), { orderId: o1.id, version: o1.version, result: '已修复' });
    o1 = await feedBackWorkOrder(await unitCtx('2026-04-03T15:00:00+08:00'), { orderId: o1.id, version: o1.version, method: 'phone' });
    await rateWorkOrder(await w.ctxOf(w.users.hotline, at('2026-04-07T10:00:00+08:00')), { orderId: o1.id, version: o1.version, rating: 'satisfied' });
    // 2: contacted late, finished late, rated 不满意 → supervised.
    let o2 = await dispatched('2026-04-02T09:00:00+08:00', '朝阳街道某小区积水严重');
    o2 = await recordWorkOrderContact(await unitCtx('2026-04-04T12:00:00+08:00'), {
      orderId: o2.id,
      version: o2.version,
      method: 'visit',
      invited: true,
      note: '上门',
    });
    o2 = await finishWorkOrder(await unitCtx('2026-04-20T10:00:00+08:00'), { orderId: o2.id, version: o2.version, result: '已疏通' });
    o2 = await feedBackWorkOrder(await unitCtx('2026-04-21T10:00:00+08:00'), { orderId: o2.id, version: o2.version, method: 'phone' });
    o2 = await rateWorkOrder(await w.ctxOf(w.users.hotline, at('2026-04-22T10:00:00+08:00')), { orderId: o2.id, version: o2.version, rating: 'dissatisfied' });
    // 3: never contacted, never finished: due but not done. 4: received, not dispatched.
    const o3 = await dispatched('2026-04-03T09:00:00+08:00', '某农贸市场周边占道经营');
    const o4 = await createWorkOrder(await w.ctxOf(w.users.hotline, at('2026-04-28T09:00:00+08:00')), {
      callerPhone: PHONES.zhang,
      category: '城乡建设',
      content: '某小区加装电梯审批慢',
      calledAt: '2026-04-28T09:00:00+08:00',
      urgency: 'general',
    });

    // On demand by the hotline office on 2 May (the profile's day is the 3rd).
    const report = await generateMonthlyReport(await w.ctxOf(w.users.hotline, at('2026-05-02T10:00:00+08:00')), { month: '2026-04' });
    expect(report.month).toBe('2026-04');
    const r = await w.liaison.ok('GET', '/api/hotline/reports/2026-04');
    const f = r.figures;
    expect(r).toMatchObject({ monthLabel: '2026年4月', generatedByName: '市长热线办' });
    expect(f).toMatchObject({ received: 4, problems: 4, finished: 2, closed: 1, solved: 1 });
    expect(f.contactOnTime).toEqual({ numerator: 1, denominator: 3, rate: 33.33 });
    expect(f.onTime.numerator).toBe(1);
    expect(f.onTime.denominator).toBe(3); // o1 on time, o2 late, o3 due and not done
    for (const x of [f.contactOnTime, f.onTime, ...f.units.flatMap((u: any) => [u.onTime, u.contactOnTime, u.satisfied])]) {
      expect(x.numerator).toBeLessThanOrEqual(x.denominator);
    }
    expect(f.satisfaction.counts).toEqual({ satisfied: 1, basicallySatisfied: 0, dissatisfied: 1, veryDissatisfied: 0 });
    const shares = Object.values(f.satisfaction.shares as Record<string, number>);
    expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100)).toBe(10000);
    expect(f.dueNotDone.orders.map((o: any) => o.id)).toEqual([o3.id]);
    expect(f.dueNotDone.byUnit).toEqual([{ unitId: w.city.unitIds[1], unitName: expect.stringContaining('城市管理'), count: 1 }]);
    expect(f.dissatisfied.orders.map((o: any) => [o.id, o.ratingLabel])).toEqual([[o2.id, '不满意']]);
    expect(f.dissatisfied.byUnit[0].count).toBe(1);
    expect(JSON.stringify(f)).not.toContain(String(o4.id) + ',"number"'); // o4 in no list (not dispatched)
    // The liaison office was told.
    const told = await queryRows<{ n: number }>(
      d.db,
      sql`select count(*)::int as n from outbox where type = 'hotlineMonthlyReport' and recipient_user_id = ${w.users.liaison.id}`,
    );
    expect(told[0].n).toBe(1);

    // Permissions: a unit may not; a county's liaison office (another congress) does not find it.
    expect((await w.units[1].office.get('/api/hotline/reports/2026-04')).status).toBe(403);
    expect((await w.countyLiaison.get('/api/hotline/reports/2026-04')).status).toBe(404);
    expect((await w.countyLiaison.get('/api/hotline/reports')).body.reports).toEqual([]);
    expect((await w.deputies[0].get('/api/hotline/reports')).status).toBe(403);

    // The job: not before the profile's day (3rd); on it, the month before, once — for March (April exists already).
    expect(await run(generateHotlineMonthlyReports, at('2026-05-02T06:30:00+08:00'))).toMatchObject({ generated: 0 });
    const mayThird = await run(generateHotlineMonthlyReports, at('2026-05-03T06:30:00+08:00'));
    expect(mayThird).toMatchObject({ month: '2026-04', generated: 0 }); // made on demand already
    const aprilThird = await run(generateHotlineMonthlyReports, at('2026-04-03T06:30:00+08:00'));
    expect(aprilThird.month).toBe('2026-03');
    expect(aprilThird.generated).toBeGreaterThanOrEqual(1);
    expect(await run(generateHotlineMonthlyReports, at('2026-04-03T06:30:00+08:00'))).toMatchObject({ generated: 0 });
    const march = await w.hotline.ok('GET', '/api/hotline/reports/2026-03');
    expect(march).toMatchObject({ generatedByName: '系统（定时任务）', figures: { received: 1 } });

    // Regenerate through HTTP: the row replaced, the trail kept.
    const again = await w.liaison.ok('POST', '/api/hotline/reports', { month: '2026-04' });
    expect(again.generations.map((g: any) => g.byName)).toEqual(['市长热线办', '市人大常委会联工委']);
    const list = await w.hotline.ok('GET', '/api/hotline/reports');
    expect(list.reports.map((x: any) => x.month)).toEqual(['2026-04', '2026-03']);
    expect(list.reports[0]).toMatchObject({ monthLabel: '2026年4月', received: 4, dueNotDone: again.figures.dueNotDone.total });

    // The files open: Word (the report), Excel (the month's ledger and tables).
    const docx = await w.hotline.raw('/api/hotline/reports/2026-04/report.docx');
    expect(docx.statusCode).toBe(200);
    const doc = await readDocx(docx.rawPayload);
    expect(doc.find('关于2026年4月人大代表民情通达专线运行情况的报告')).toBeTruthy();
    expect(doc.texts.join('')).toContain('受理人大代表来电 4 个');
    expect(doc.document).toContain(o3.number);
    const xlsx = await w.liaison.raw('/api/hotline/reports/2026-04/ledger.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['工单台账', '运行情况', '应办未办', '评价不满意']);
    expect(wb.getWorksheet('工单台账')!.getRow(3).values).toContain('来电号码');
    expect(wb.getWorksheet('工单台账')!.rowCount).toBe(3 + 4);
    expect((await w.units[1].office.raw('/api/hotline/reports/2026-04/ledger.xlsx')).statusCode).toBe(403);
    expect((await w.countyLiaison.raw('/api/hotline/reports/2026-04/report.docx')).statusCode).toBe(404);

    // The annual report (Word) for the supervisors too; a unit may not.
    const annual = await w.supervisor.raw('/api/hotline/annual-reports/2026/report.docx');
    expect(annual.statusCode).toBe(200);
    const year = await readDocx(annual.rawPayload);
    expect(year.find('关于2026年度人大代表民情通达专线受理和办理情况的报告')).toBeTruthy();
    expect(year.texts.join('')).toMatch(/共接到人大代表来电 \d+ 个，反映问题 \d+ 个，其中 \d+ 个问题得到有效解决/);
    expect(year.texts.join('')).toContain('满意');
    expect((await w.units[0].office.raw('/api/hotline/annual-reports/2026/report.docx')).statusCode).toBe(403);
  });

  /** An import sheet: the template's headers and these rows. */
  const sheet = async (rows: (string | Date | null)[][]) => {
    const tpl = await w.hotline.raw('/api/hotline/imports/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as never);
    const ws = wb.getWorksheet('工单清单')!;
    expect(ws.getRow(1).values).toEqual([undefined, '来电号码', '来电姓名', '事件分类', '来电内容', '来电时间', '紧急程度', '所在地']);
    rows.forEach((r, i) => (ws.getRow(i + 2).values = r));
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  };

  it('issue 15 §1: the Excel import writes a good sheet (source import) and refuses a sheet with a bad row, naming the row', async () => {
    const bad = await sheet([
      [PHONES.zhang, '张建国', '市政设施', '某路段井盖缺失', '2026-05-06 09:30', '急办', `赫山区沧水铺镇`],
      ['电话号码', null, '', '某处垃圾未清运', '2026-13-40', '特急', null],
    ]);
    const refused = await w.hotline.post('/api/hotline/imports', { filename: '工单.xlsx', contentBase64: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('HOTLINE_IMPORT_INVALID');
    const messages = refused.body.details.map((e: any) => e.message);
    expect(refused.body.details.every((e: any) => e.row === 3)).toBe(true);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('第 3 行“来电号码”'),
        expect.stringContaining('第 3 行“事件分类”：必填'),
        expect.stringContaining('第 3 行“来电时间”'),
        expect.stringContaining('第 3 行“紧急程度”'),
      ]),
    );
    const [{ n: none }] = await queryRows<{ n: number }>(d.db, sql`select count(*)::int as n from work_orders where source = 'import'`);
    expect(none).toBe(0);

    const good = await sheet([
      [PHONES.zhang, '张建国', '市政设施', '某路段井盖缺失', '2026-05-06 09:30', '急办', `赫山区沧水铺镇`],
      ['0737-4220000', null, '交通', '公交站台破损', new Date(Date.UTC(2026, 4, 6, 14, 5)), null, null],
    ]);
    const done = await w.hotline.ok('POST', '/api/hotline/imports', { filename: '工单.xlsx', contentBase64: good });
    expect(done.imported).toBe(2);
    const first = await orderOf(w.hotline, done.orders[0].id);
    expect(first).toMatchObject({ source: 'import', sourceLabel: '表格导入', urgency: 'urgent', category: '市政设施', deputy: { name: '张建国' } });
    expect(first.place.congress.id).toBe(w.towns[0].congressId);
    const second = await orderOf(w.hotline, done.orders[1].id);
    expect(new Date(second.calledAt).toISOString()).toBe('2026-05-06T06:05:00.000Z'); // 14:05 Beijing time
    expect(second.deputy).toBeNull();
    // The office that imported them is not told of each row as of a call that came in without it.
    const [{ n: told }] = await queryRows<{ n: number }>(
      d.db,
      sql`select count(*)::int as n from outbox where type = 'hotlineOrderReceived' and (payload->>'orderId')::int in (${done.orders[0].id}, ${done.orders[1].id})`,
    );
    expect(told).toBe(0);
    // Only the hotline office imports.
    expect((await w.liaison.post('/api/hotline/imports', { filename: 'a.xlsx', contentBase64: good })).status).toBe(403);
    expect((await w.hotline.post('/api/hotline/imports', { filename: 'a.txt', contentBase64: good })).status).toBe(400);
  });

  it('seed 002 纳入绩效考核: the unit scores carry each unit hotline figures beside the unchanged score', async () => {
    const scores = await w.liaison.ok('GET', `/api/statistics/unit-scores?sessionId=${w.city.sessionId}`);
    for (const u of scores.units) {
      expect(u).toHaveProperty('hotline');
      if (u.hotline) for (const x of [u.hotline.onTime, u.hotline.contactOnTime, u.hotline.satisfied]) expect(x.numerator).toBeLessThanOrEqual(x.denominator);
    }
    // The scores list only units with items; the figures themselves come from the same query as the reports.
    const { unitFiguresOf } = await import('../server/queries/hotline/report-figures');
    const figures = await unitFiguresOf(d.db, w.city.congressId, '2026-01-01', '2027-01-01', new Date(), [w.city.unitIds[1]]);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ unitId: w.city.unitIds[1] });
    expect(figures[0].orders).toBeGreaterThanOrEqual(4);
    expect(figures[0].satisfied).toMatchObject({ numerator: 1 });
  });
});
