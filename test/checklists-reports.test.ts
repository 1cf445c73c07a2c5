import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/client';
import { queryRows } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { Client, useServer } from './helpers/client';
import { checklistCounties, checklistEntries, checklistPeriod, PNG, reportRows, reportsOf, taggedEntries, type ReportRows } from './helpers/checklist-world';
import type { County } from './helpers/county';
import { DB_KINDS } from './helpers/db';
import { createCongress } from './helpers/factories';

/**
 * Issue 16 §5–§6 through HTTP: the county drafts, edits and issues a quarterly checklist; the
 * townships report with evidence (lights, late reports); a township sees and writes only its own
 * rows, another county sees nothing; bad input is a 4xx in Chinese, a concurrent edit a 409.
 * Visits and exchange meetings: checklists-guidance.test.ts; the assessment: checklists-assessment.test.ts
 * (both start from the state this file's first two tests build, rebuilt by test/helpers/checklist-world.ts).
 */
const CHINESE = /[\u4e00-\u9fa5]/;

describe.each(DB_KINDS)('township checklists: issuing and reporting on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  useServer(kind, (db, a) => ((d = db), (app = a)));

  const { today, year, quarter } = checklistPeriod();
  let K: County;
  let other: County;
  let liaison: Client;
  let leader: Client;
  let town: Client[];
  let otherLiaison: Client;
  let otherTown: Client;
  let login: (u: { username: string }) => Promise<Client>;
  let checklistId: number;
  /** report rows of each township, by entry seq (1-based) */
  let rows: ReportRows;
  const rowsOf = (c: Client, q = '') => reportsOf(c, year, q);
  const entries = () => checklistEntries(today);

  beforeAll(async () => {
    ({ K, other, login, liaison, leader, town, otherLiaison, otherTown } = await checklistCounties(app, d.db));
  });

  it('the county liaison office drafts, edits and issues a checklist; every township gets its rows and a notice', async () => {
    const townships = (await liaison.ok('GET', '/api/checklists/townships')).townships;
    expect(townships.map((t: { name: string }) => t.name)).toEqual(['东山镇', '治河渡镇', '梅田湖镇']);
    const [t0, t1, t2] = K.towns.map((t) => t.congressId);
    const created = await liaison.request('POST', '/api/checklists', {
      year,
      quarter,
      title: '本季度乡镇人大工作指导清单',
      townshipIds: [t0, t1],
      entries: entries(),
    });
    expect(created.status).toBe(201);
    checklistId = created.body.id;
    let detail = await liaison.ok('GET', `/api/checklists/${checklistId}`);
    expect(detail.checklist).toMatchObject({ state: 'draft', stateLabel: '草稿', entries: 5, townships: 2, version: 1 });
    expect(detail.entries.map((e: { indicator: string | null }) => e.indicator)).toEqual([null, null, 'publicity', null, 'statutoryMeetings']);
    expect(detail.mayEdit).toBe(true);

    // The whole draft again with the third township and the entries tagged with their indicators.
    const body = { year, quarter, title: `${year}年第${quarter}季度乡镇人大工作指导清单`, townshipIds: [t0, t1, t2], entries: taggedEntries(today) };
    detail = await liaison.ok('PUT', `/api/checklists/${checklistId}`, { ...body, version: 1 });
    expect(detail.checklist).toMatchObject({ townships: 3, version: 2 });

    // Two edits from the same version at once: one wins, the other is told the data changed.
    const both = await Promise.all([
      liaison.request('PUT', `/api/checklists/${checklistId}`, { ...body, version: 2 }),
      liaison.request('PUT', `/api/checklists/${checklistId}`, { ...body, title: '另一个标题', version: 2 }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const lost = both.find((r) => r.status === 409)!;
    expect(lost.body).toMatchObject({ code: 'STALE_VERSION', message: '数据已被他人修改，请刷新后重试' });

    detail = await liaison.ok('POST', `/api/checklists/${checklistId}/issue`, { version: 3 });
    expect(detail.checklist).toMatchObject({ state: 'issued', stateLabel: '已下发', version: 4 });
    expect(detail.reports).toHaveLength(15);
    expect(detail.events.map((e: { typeLabel: string }) => e.typeLabel)).toEqual(['下发清单', '修改清单', '修改清单', '新建清单']);
    // Issued: no more edits, no second issue.
    const again = await liaison.request('PUT', `/api/checklists/${checklistId}`, { ...body, version: 4 });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('当前状态为“已下发”，不能“修改清单”');

    // One notice per township presidium, in its inbox once the outbox is dispatched.
    const notices = await queryRows<{ recipient_user_id: number }>(
      d.db,
      sql`select recipient_user_id from outbox where type = 'checklistIssued' and payload->>'checklistId' = ${String(checklistId)} order by id`,
    );
    expect(notices.map((n) => n.recipient_user_id)).toEqual(K.towns.map((t) => t.presidium.userId));
    await dispatchOutbox(d.db, new Date());
    const inbox = await town[0].ok('GET', '/api/notifications');
    expect(inbox.rows[0]).toMatchObject({ title: '新的指导清单' });
    expect(inbox.rows[0].body).toContain('共 5 项');

    rows = await reportRows(town, year);
  });

  it('a township reports with an evidence file: lights, late reports stand out', async () => {
    const [t0] = town;
    let mine = await rowsOf(t0);
    expect(mine).toHaveLength(5);
    expect(new Set(mine.map((r) => r.township.name))).toEqual(new Set(['东山镇']));
    const bySeq = (seq: number) => mine.find((r) => r.entrySeq === seq);
    expect(bySeq(1)).toMatchObject({ status: 'pending', statusLabel: '待报送', light: 'red', lightLabel: '已超期未完成', late: false });
    expect(bySeq(2)).toMatchObject({ light: 'yellow', lightLabel: '临近期限', daysLeft: 3 });
    expect(bySeq(3)).toMatchObject({ light: 'none', lightLabel: '未到期' });

    const up = await t0.request('POST', `/api/checklist-reports/${rows[0][1].id}/evidence`, {
      filename: '人代会现场.png',
      mimeType: 'image/png',
      contentBase64: PNG.toString('base64'),
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ filename: '人代会现场.png', mimeType: 'image/png', size: PNG.length });
    const file = await t0.raw(`/api/checklist-reports/${rows[0][1].id}/evidence/${up.body.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(file.rawPayload, PNG)).toBe(0);
    // The county reads it too.
    expect((await liaison.raw(`/api/checklist-reports/${rows[0][1].id}/evidence/${up.body.id}`)).statusCode).toBe(200);

    const report = (seq: number, status: string, note: string, c = t0, i = 0) =>
      c.request('PUT', `/api/checklist-reports/${rows[i][seq].id}`, { version: rows[i][seq].version, status, note });
    const late = await report(1, 'done', '已于本月召开人代会，审议通过民生实事项目 6 件');
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ status: 'done', statusLabel: '完成', light: 'green', late: true, doneOn: today, reportedOn: today });
    expect(late.body.evidence.map((e: { filename: string }) => e.filename)).toEqual(['人代会现场.png']);
    expect((await report(2, 'done', '两次进站接待选民 46 人次')).body).toMatchObject({ light: 'green', late: false });
    expect((await report(3, 'inProgress', '已制定视察方案')).body).toMatchObject({ status: 'inProgress', light: 'none', late: false });
    expect((await report(5, 'done', '已报备 2 件规范性文件')).body).toMatchObject({ late: false });
    // The version seen is stale now: someone reported it meanwhile.
    const stale = await report(1, 'notDone', '重复提交');
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');

    mine = await rowsOf(t0);
    expect(mine.filter((r) => r.light === 'green')).toHaveLength(3);
    expect(mine.filter((r) => r.late).map((r) => r.entrySeq)).toEqual([1]);
    // Township 2 reports its deputy work done; township 3 reports nothing.
    rows[1][2] = { ...rows[1][2], version: (await report(2, 'done', '组织代表进站接待选民', town[1], 1)).body.version };
    const history = await liaison.ok('GET', `/api/checklists/${checklistId}`);
    expect(history.events.find((e: { typeLabel: string }) => e.typeLabel === '报送落实情况').detail).toMatch(/^第 2 项：完成。/);
    expect(history.events.some((e: { typeLabel: string; township: string }) => e.typeLabel === '上传佐证材料' && e.township === '东山镇')).toBe(true);
  });

  it('bad reports and files are refused with a 4xx in Chinese, never a 500', async () => {
    const [t0] = town;
    const id = rows[0][4].id;
    const cases: [string, string, unknown, number, string][] = [
      ['PUT', `/api/checklist-reports/${id}`, { version: 1, status: 'pending', note: '待报送' }, 400, 'VALIDATION_FAILED'],
      ['PUT', `/api/checklist-reports/${id}`, { version: 1, status: 'done', note: '  ' }, 400, 'VALIDATION_FAILED'],
      ['PUT', '/api/checklist-reports/abc', { version: 1, status: 'done', note: '完成' }, 400, 'VALIDATION_FAILED'],
      [
        'POST',
        `/api/checklist-reports/${id}/evidence`,
        { filename: 'a.exe', mimeType: 'application/x-msdownload', contentBase64: 'TVqQ' },
        400,
        'ATTACHMENT_TYPE',
      ],
      [
        'POST',
        `/api/checklist-reports/${id}/evidence`,
        { filename: 'a.png', mimeType: 'image/png', contentBase64: Buffer.from('not a png').toString('base64') },
        400,
        'ATTACHMENT_CONTENT',
      ],
      ['POST', `/api/checklist-reports/${id}/evidence`, { filename: 'a.png', mimeType: 'image/png', contentBase64: '' }, 400, 'VALIDATION_FAILED'],
      ['DELETE', `/api/checklist-reports/${id}/evidence/999999`, undefined, 404, 'NOT_FOUND'],
    ];
    for (const [method, url, body, status, code] of cases) {
      const r = await t0.request(method, url, body);
      expect([r.status, r.body.code], `${method} ${url} ${JSON.stringify(body)}`).toEqual([status, code]);
      expect(r.body.message).toMatch(CHINESE);
    }
    const empty = await t0.request('PUT', `/api/checklist-reports/${id}`, { version: 1, status: 'done', note: '' });
    expect(empty.body.details).toEqual([{ field: 'body.note', message: '落实情况说明不能为空' }]);

    const bad: [unknown, string, string][] = [
      [{ year, quarter, title: '', townshipIds: [K.towns[0].congressId], entries: entries() }, 'body.title', '清单标题不能为空'],
      [{ year, quarter, title: '清单', townshipIds: [K.towns[0].congressId], entries: [] }, 'body.entries', '清单至少要有一个事项'],
      [{ year, quarter: 5, title: '清单', townshipIds: [K.towns[0].congressId], entries: entries() }, 'body.quarter', '季度不正确'],
      [{ year, quarter, title: '清单', townshipIds: [], entries: entries() }, 'body.townshipIds', '请至少选择一个乡镇'],
      [
        { year, quarter, title: '清单', townshipIds: [K.towns[0].congressId], entries: [{ ...entries()[0], dueOn: '2205-03-31' }] },
        'body.entries.0.dueOn',
        '完成时限须在清单年度前后一年之内',
      ],
      [
        { year, quarter, title: '清单', townshipIds: [K.towns[0].congressId], entries: [{ ...entries()[0], type: 'other' }] },
        'body.entries.0.type',
        '请选择事项类型',
      ],
    ];
    for (const [body, field, message] of bad) {
      const r = await liaison.request('POST', '/api/checklists', body);
      expect(r.status, field).toBe(400);
      expect(r.body.details, field).toContainEqual({ field, message });
    }
    // Another county's township is not one of ours.
    const foreign = await liaison.request('POST', '/api/checklists', {
      year,
      quarter,
      title: '清单',
      townshipIds: [other.towns[0].congressId],
      entries: entries(),
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ code: 'UNKNOWN_TOWNSHIP', details: [{ field: 'townshipIds', message: '所选乡镇不存在或不属于本县' }] });
  });

  it('a township sees and writes only its own township’s rows, and cannot issue', async () => {
    const [t0, t1] = town;
    const theirs = await rowsOf(t1);
    expect(theirs).toHaveLength(5);
    expect(new Set(theirs.map((r) => r.township.name))).toEqual(new Set(['治河渡镇']));
    // Another township's row: not found for reading, reporting, files.
    const row = rows[0][1];
    const evidence = (await rowsOf(t0)).find((r) => r.id === row.id).evidence[0];
    expect((await t1.request('PUT', `/api/checklist-reports/${row.id}`, { version: 99, status: 'done', note: '冒报' })).status).toBe(404);
    expect((await t1.raw(`/api/checklist-reports/${row.id}/evidence/${evidence.id}`)).statusCode).toBe(404);
    expect((await t1.request('DELETE', `/api/checklist-reports/${row.id}/evidence/${evidence.id}`)).status).toBe(404);
    expect(
      (
        await t1.request('POST', `/api/checklist-reports/${row.id}/evidence`, {
          filename: 'x.png',
          mimeType: 'image/png',
          contentBase64: PNG.toString('base64'),
        })
      ).status,
    ).toBe(404);
    expect((await t1.ok('GET', `/api/checklist-reports?year=${year}&townshipId=${K.towns[0].congressId}`)).rows).toEqual([]);
    const detail = await t1.ok('GET', `/api/checklists/${checklistId}`);
    expect(detail.reports.every((r: { township: { name: string } }) => r.township.name === '治河渡镇')).toBe(true);
    expect(detail.checklist.townshipList).toEqual([{ id: K.towns[1].congressId, name: '治河渡镇' }]);
    expect(detail.events.every((e: { township: string | null }) => e.township === null || e.township === '治河渡镇')).toBe(true);
    expect(detail).toMatchObject({ mayEdit: false, mayReport: true });
    // Nothing of the county's own: issuing, the dashboard, the assessment, the pairings.
    for (const [method, url, body] of [
      ['POST', '/api/checklists', { year, quarter, title: '清单', townshipIds: [K.towns[1].congressId], entries: entries() }],
      ['POST', `/api/checklists/${checklistId}/copy`, { year, quarter }],
      ['GET', '/api/checklists/overview'],
      ['GET', `/api/assessments/${year}`],
      ['GET', '/api/guidance/pairings'],
    ] as const) {
      const r = await t1.request(method, url, body);
      expect(r.status, url).toBe(403);
      expect(r.body.message).toMatch(CHINESE);
    }
    // A county leader reads everything, reports nothing.
    expect(await rowsOf(leader)).toHaveLength(15);
    expect((await leader.request('PUT', `/api/checklist-reports/${row.id}`, { version: 1, status: 'done', note: '代报' })).status).toBe(403);
  });

  it('another county sees nothing of this one, and only a county’s office issues', async () => {
    const list = await otherLiaison.ok('GET', `/api/checklists?year=${year}`);
    expect(list.checklists).toEqual([]);
    expect((await otherLiaison.request('GET', `/api/checklists/${checklistId}`)).status).toBe(404);
    expect((await otherLiaison.ok('GET', `/api/checklist-reports?year=${year}`)).rows).toEqual([]);
    expect((await otherLiaison.ok('GET', `/api/checklists/overview?year=${year}`)).total.total).toBe(0);
    expect((await otherLiaison.request('POST', `/api/checklists/${checklistId}/issue`, { version: 4 })).status).toBe(404);
    expect((await otherLiaison.request('POST', `/api/checklists/${checklistId}/copy`, { year, quarter })).status).toBe(404);
    expect((await otherTown.request('PUT', `/api/checklist-reports/${rows[0][4].id}`, { version: 1, status: 'done', note: '越权' })).status).toBe(404);
    expect((await otherTown.ok('GET', `/api/checklists?year=${year}`)).checklists).toEqual([]);
    expect((await otherLiaison.ok('GET', '/api/exchange-meetings')).meetings).toEqual([]);
    // A province's liaison office has no townships to guide.
    const province = await createCongress(d.db);
    const p = await login(province.users.liaison);
    const r = await p.request('POST', '/api/checklists', { year, quarter, title: '清单', townshipIds: [K.towns[0].congressId], entries: entries() });
    expect(r.status).toBe(403);
    expect(r.body.message).toBe('乡镇人大工作指导清单只在县级人大常委会及其下辖乡镇使用');
    expect((await p.ok('GET', '/api/checklists')).checklists).toEqual([]);
  });
});
