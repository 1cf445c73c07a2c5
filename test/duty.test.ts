import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInShanghai, yearOf } from '../domain/deadlines';
import type { WorkOrderState } from '../domain/hotline/orders';
import type { Db } from '../server/db/client';
import { workOrders } from '../server/db/schema';
import { createUser, sharedDemoHash } from '../server/usecases/admin/create-user';
import { Client } from './helpers/client';
import { createCppcc } from './helpers/cppcc';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { GBT9704_PAGE, readDocx } from './helpers/docx';
import { createCongress, PASSWORD, type Congress } from './helpers/factories';
import { submit } from './helpers/flow';

/**
 * Deputies' duty records and points through HTTP (issue 15 §6–§8, R-DUTY-1, R-LINE-4, seed 002): the
 * records the system counts (suggestions, hotline work orders — inserted directly here, the hotline's own
 * server being another stream), the records entered with evidence, edits and deletes with the version
 * seen (409 when stale) that leave a trail, the 5-point cap, the not-recommendable flag, the rulebook,
 * who sees whom, bad input, the Word and Excel downloads.
 */
const CHINESE = /[\u4e00-\u9fa5]/;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const photo = (filename = '调研现场.png') => ({ filename, mimeType: 'image/png', contentBase64: PNG.toString('base64') });

describe.each(DB_KINDS)('deputies duty records and points on %s', (kind) => {
  let { d, app, c, liaison, deputies, supervisor } = {} as CongressSetup;
  useCongress(kind, { once: true, deputies: 'all', supervisor: true }, (s) => ({ d, app, c, liaison, deputies, supervisor } = s));
  const today = todayInShanghai();
  const year = yearOf(today);
  let contact: Client;
  let other: Congress;
  let orderNo = 0;

  /** A work order of a deputy in the year, as the hotline office's server will store it. */
  async function order(db: Db, congressId: number, deputyId: number, state: WorkOrderState = 'received', mergedIntoId: number | null = null) {
    orderNo++;
    const [o] = await db
      .insert(workOrders)
      .values({
        congressId,
        year,
        number: `RX${year}-${String(orderNo).padStart(4, '0')}`,
        source: 'hotlineOffice',
        callerPhone: '13800000000',
        deputyId,
        category: '城乡建设',
        content: `小区路灯损坏，夜间出行不便（第 ${orderNo} 件）`,
        calledAt: new Date(),
        state,
        mergedIntoId,
      })
      .returning({ id: workOrders.id });
    return o.id;
  }

  beforeAll(async () => {
    // The contact person of the first delegation (deputies 0, 2, 4; 1, 3, 5 sit in the second).
    const u = await createUser(
      d.db,
      {
        username: `delegation-${c.tag}`,
        password: PASSWORD,
        displayName: '代表团联络员',
        role: 'delegationContact',
        congressId: c.congressId,
        organizationId: c.delegationIds[0],
      },
      sharedDemoHash,
    );
    contact = await Client.login(app, u.username);
    other = await createCongress(d.db);
  });

  const me = (i: number, q = '') => deputies[i].ok('GET', `/api/duty/me${q}`);
  const target = (duty: { targets: { kind: string; count: number; met: boolean; points: number }[] }, k: string) => duty.targets.find((t) => t.kind === k)!;

  it('counts the suggestions a deputy submitted (lead or confirmed co-signer, not withdrawn) and their hotline problems, capped at 5 points (R-DUTY-1, R-LINE-4)', async () => {
    const [dep0, dep1, dep2] = deputies;
    let duty = await me(0);
    expect(duty).toMatchObject({ year, points: 0, notRecommendable: true, deputy: { id: c.deputyIds[0], name: '张建国' } });
    expect(duty.targets).toHaveLength(7);
    expect(duty.shortLabels).toEqual(['调研一个问题', '大会审议发言', '提交建议', '通过专线反映问题', '参加小组活动', '进驻联络站', '报告履职情况']);

    // A joint suggestion: the lead counts at once, the co-signer once they confirm.
    const { id } = await submit(dep0, c, [c.deputyIds[1]]);
    expect(target(await me(1), 'suggestion').count).toBe(0);
    await dep1.ok('POST', `/api/items/${id}/cosignature`, { confirm: true });
    expect(target(await me(0), 'suggestion')).toMatchObject({ count: 1, met: true, points: 1 });
    expect(target(await me(1), 'suggestion').count).toBe(1);
    // A withdrawn suggestion does not count.
    const w = await submit(dep2, c, [], '关于规范校外培训机构收费的建议');
    await dep2.ok('POST', `/api/items/${w.id}/withdrawal`, { version: 1, note: '情况已有变化' });
    expect(target(await me(2), 'suggestion').count).toBe(0);

    // Seven problems through the channel, and a duplicate merged into one of them: 7 records, 5 points.
    const first = await order(d.db, c.congressId, c.deputyIds[0], 'dispatched');
    for (let i = 0; i < 6; i++) await order(d.db, c.congressId, c.deputyIds[0], i % 2 ? 'closed' : 'received');
    await order(d.db, c.congressId, c.deputyIds[0], 'merged', first);
    duty = await me(0);
    expect(target(duty, 'hotlineCall')).toMatchObject({ count: 7, met: true, points: 5 });
    expect(duty).toMatchObject({ points: 6, notRecommendable: false });
    expect(duty.hotlineOrders).toHaveLength(7);
    expect(duty.hotlineOrders.map((o: { stateLabel: string }) => o.stateLabel)).toEqual(expect.arrayContaining(['办理中', '待派单', '已办结']));
    expect(duty.suggestions).toEqual([expect.objectContaining({ itemId: id, roleLabel: '领衔', stateLabel: '待审核' })]);
    // Seed 002: the co-signer reported nothing through the hotline — not recommendable.
    expect((await me(1)).notRecommendable).toBe(true);
  });

  it('the liaison office and a delegation contact enter records with evidence; the deputy sees them and downloads the evidence', async () => {
    const created = await liaison.request('POST', '/api/duty/records', {
      deputyId: c.deputyIds[0],
      kind: 'research',
      on: today,
      title: '就农村饮水安全开展专题调研',
      note: '走访 3 个村，形成调研报告',
      evidence: [photo(), photo('调研报告.png')],
    });
    expect(created.status).toBe(201);
    const duty = await me(0);
    expect(target(duty, 'research')).toMatchObject({ count: 1, met: true, points: 1 });
    expect(duty.points).toBe(7);
    const [rec] = duty.records;
    expect(rec).toMatchObject({ id: created.body.id, kindLabel: '调研一个问题', version: 1, enteredByName: 'liaison' });
    expect(rec.evidence.map((e: { filename: string }) => e.filename)).toEqual(['调研现场.png', '调研报告.png']);
    const file = await deputies[0].raw(`/api/duty/records/${rec.id}/evidence/1`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(file.rawPayload, PNG)).toBe(0);
    // Another deputy neither sees the record nor its evidence.
    expect((await deputies[1].raw(`/api/duty/records/${rec.id}/evidence/0`)).statusCode).toBe(404);

    // The delegation's contact person enters for a deputy of their delegation, not of another.
    const speech = { kind: 'plenarySpeech', on: today, title: '在代表团全体会议上审议政府工作报告', evidence: [photo('发言稿.png')] };
    expect((await contact.request('POST', '/api/duty/records', { ...speech, deputyId: c.deputyIds[2] })).status).toBe(201);
    expect(target(await me(2), 'plenarySpeech').count).toBe(1);
    const foreign = await contact.request('POST', '/api/duty/records', { ...speech, deputyId: c.deputyIds[1] });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: 'NOT_FOUND', message: '代表不存在或无权查看' });
    // A deputy or a supervisor enters nothing.
    expect((await deputies[0].request('POST', '/api/duty/records', { ...speech, deputyId: c.deputyIds[0] })).status).toBe(403);
    expect((await supervisor.request('POST', '/api/duty/records', { ...speech, deputyId: c.deputyIds[0] })).status).toBe(403);
  });

  it('edits and deletes with the version seen: stale → 409, and the replaced and deleted records stay as the trail', async () => {
    const r0 = (await me(0)).records[0];
    const edit = {
      kind: 'research',
      on: today,
      title: '就农村饮水安全巩固提升开展专题调研',
      note: null,
      keepEvidence: [r0.evidence[0].sha256],
      addEvidence: [photo('座谈会记录.png')],
    };
    const both = await Promise.all([
      liaison.request('PUT', `/api/duty/records/${r0.id}`, { ...edit, version: 1 }),
      contact.request('PUT', `/api/duty/records/${r0.id}`, { ...edit, title: '另一个标题', version: 1 }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)!.body).toMatchObject({ code: 'STALE_VERSION', message: '数据已被他人修改，请刷新后重试' });
    const next = both.find((r) => r.status === 200)!.body;
    expect(next.version).toBe(2);
    let duty = await liaison.ok('GET', `/api/duty/deputies/${c.deputyIds[0]}`);
    expect(duty.records).toHaveLength(1);
    expect(duty.records[0]).toMatchObject({ id: next.id, version: 2 });
    expect(duty.records[0].evidence.map((e: { filename: string }) => e.filename)).toEqual(['调研现场.png', '座谈会记录.png']);
    expect(duty.trail).toEqual([expect.objectContaining({ id: r0.id, title: '就农村饮水安全开展专题调研', endLabel: '已修改' })]);
    // The old record's evidence stays downloadable (the trail), the old record cannot be edited again.
    expect((await liaison.raw(`/api/duty/records/${r0.id}/evidence/1`)).statusCode).toBe(200);
    expect((await liaison.request('PUT', `/api/duty/records/${r0.id}`, { ...edit, version: 2 })).status).toBe(409);
    const unknown = await liaison.request('PUT', `/api/duty/records/${next.id}`, { ...edit, keepEvidence: ['0'.repeat(64)], version: 2 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('DUTY_EVIDENCE_UNKNOWN');

    expect((await liaison.request('DELETE', `/api/duty/records/${next.id}?version=1`)).status).toBe(409);
    await liaison.ok('DELETE', `/api/duty/records/${next.id}?version=2`);
    duty = await me(0);
    expect(duty.records).toEqual([]);
    expect(target(duty, 'research').count).toBe(0);
    expect(duty.trail.map((t: { endLabel: string }) => t.endLabel)).toEqual(['已删除', '已修改']);
  });

  it('refuses bad input with a machine code and a Chinese message', async () => {
    const good = { deputyId: c.deputyIds[0], kind: 'groupActivity', on: today, title: '参加代表小组视察活动', evidence: [photo()] };
    const cases: [object, number, string][] = [
      [{ ...good, title: ' ' }, 400, 'VALIDATION_FAILED'],
      [{ ...good, kind: 'suggestion' }, 400, 'VALIDATION_FAILED'],
      [{ ...good, kind: 'hotlineCall' }, 400, 'VALIDATION_FAILED'],
      [{ ...good, evidence: [] }, 400, 'VALIDATION_FAILED'],
      [{ ...good, on: '2025-02-30' }, 400, 'VALIDATION_FAILED'],
      [{ ...good, on: addDays(today, 1) }, 400, 'DUTY_DATE_IN_FUTURE'],
      [{ ...good, evidence: [{ ...photo(), mimeType: 'text/html' }] }, 400, 'ATTACHMENT_TYPE'],
      [{ ...good, evidence: [{ ...photo(), mimeType: 'application/pdf' }] }, 400, 'ATTACHMENT_CONTENT'],
      [{ ...good, deputyId: other.deputyIds[0] }, 404, 'NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const r = await liaison.request('POST', '/api/duty/records', body);
      expect([r.status, r.body.code], JSON.stringify(body).slice(0, 80)).toEqual([status, code]);
      expect(r.body.message).toMatch(CHINESE);
    }
    const counted = await liaison.request('POST', '/api/duty/records', { ...good, kind: 'suggestion' });
    expect(counted.body.message).toContain('由系统自动统计');
    const noEvidence = await liaison.request('POST', '/api/duty/records', { ...good, evidence: [] });
    expect(noEvidence.body.message).toContain('请上传至少一份佐证材料');
    const future = await liaison.request('POST', '/api/duty/records', { ...good, on: addDays(today, 1) });
    expect(future.body).toMatchObject({ message: '履职日期不能晚于今天', details: [{ field: 'on', message: '履职日期不能晚于今天' }] });
    expect((await liaison.request('GET', '/api/duty/deputies?short=nothing')).status).toBe(400);
    expect((await liaison.request('GET', '/api/duty/deputies?year=1999')).body.code).toBe('VALIDATION_FAILED');
  });

  it('the rulebook: the default until the liaison office sets one; an edit changes the points; a stale save is a 409', async () => {
    const book = await deputies[0].ok('GET', `/api/duty/point-rules?year=${year}`);
    expect(book).toMatchObject({ year, isDefault: true, version: null, mayEdit: false });
    expect(book.rules.find((r: { kind: string }) => r.kind === 'hotlineCall')).toEqual({
      kind: 'hotlineCall',
      label: '通过专线反映问题',
      points: 1,
      cap: 5,
      counted: true,
    });
    const rules = book.rules.map((r: { kind: string; points: number; cap: number | null }) => ({
      kind: r.kind,
      points: r.kind === 'suggestion' ? 3 : r.points,
      cap: r.cap,
    }));
    expect((await deputies[0].request('PUT', `/api/duty/point-rules/${year}`, { rules })).status).toBe(403);
    expect((await supervisor.request('PUT', `/api/duty/point-rules/${year}`, { rules })).status).toBe(403);
    const before = (await me(0)).points;
    const saved = await liaison.ok('PUT', `/api/duty/point-rules/${year}`, { rules });
    expect(saved).toMatchObject({ isDefault: false, version: 1, mayEdit: true });
    const after = await me(0);
    expect(target(after, 'suggestion').points).toBe(3);
    expect(after.points).toBe(before + 2);
    // Made once: a second "first" save, or a save from an old version, is told the rulebook changed.
    expect((await liaison.request('PUT', `/api/duty/point-rules/${year}`, { rules })).status).toBe(409);
    const noCap = rules.map((r: { kind: string }) => (r.kind === 'hotlineCall' ? { ...r, cap: null } : r));
    expect((await liaison.ok('PUT', `/api/duty/point-rules/${year}`, { rules: noCap, version: 1 })).version).toBe(2);
    expect(target(await me(0), 'hotlineCall').points).toBe(7);
    expect((await liaison.request('PUT', `/api/duty/point-rules/${year}`, { rules, version: 1 })).status).toBe(409);
    const partial = await liaison.request('PUT', `/api/duty/point-rules/${year}`, { rules: rules.slice(1), version: 2 });
    expect(partial.status).toBe(400);
    expect(partial.body.message).toContain('积分规则须包含全部 7 项目标任务');
    // Back to the seed's cap for what follows.
    await liaison.ok('PUT', `/api/duty/point-rules/${year}`, { rules, version: 2 });
  });

  it('the office list: who is short of what, ranked by points, filtered; each role sees only its deputies', async () => {
    const list = await liaison.ok('GET', '/api/duty/deputies');
    expect(list).toMatchObject({ year, mayEnter: true, totals: { deputies: 6, short: 6, notRecommendable: 5 } });
    expect(list.years[0]).toBe(year);
    expect(list.rows[0]).toMatchObject({ rank: 1, deputy: { name: '张建国' }, points: 3 + 5, notRecommendable: false });
    expect(list.rows.map((r: { rank: number; points: number }) => [r.rank, r.points])).toEqual([
      [1, 8],
      [2, 3],
      [3, 1],
      [4, 0],
      [4, 0],
      [4, 0],
    ]);
    expect(list.delegations).toHaveLength(2);
    const short = await liaison.ok('GET', '/api/duty/deputies?short=hotlineCall');
    expect(short.rows).toHaveLength(5);
    expect((await liaison.ok('GET', '/api/duty/deputies?notRecommendable=false')).rows.map((r: { deputy: { name: string } }) => r.deputy.name)).toEqual([
      '张建国',
    ]);
    const delegation = await liaison.ok('GET', `/api/duty/deputies?delegationId=${c.delegationIds[1]}&short=suggestion`);
    expect(delegation.rows.map((r: { deputy: { name: string } }) => r.deputy.name)).toEqual(['刘海燕', '杨春梅']);
    expect((await liaison.ok('GET', `/api/duty/deputies?name=${encodeURIComponent('李')}`)).rows).toHaveLength(1);

    // The delegation's contact person: their three deputies; a supervisor reads all, enters nothing.
    const theirs = await contact.ok('GET', '/api/duty/deputies');
    expect(theirs.rows.map((r: { deputy: { id: number } }) => r.deputy.id).sort()).toEqual([c.deputyIds[0], c.deputyIds[2], c.deputyIds[4]].sort());
    expect((await contact.request('GET', `/api/duty/deputies/${c.deputyIds[1]}`)).status).toBe(404);
    const sup = await supervisor.ok('GET', '/api/duty/deputies');
    expect(sup).toMatchObject({ mayEnter: false, totals: { deputies: 6 } });
    // A deputy: only themself; another congress's deputy is nobody's here.
    expect((await deputies[0].request('GET', '/api/duty/deputies')).status).toBe(403);
    expect((await deputies[0].request('GET', `/api/duty/deputies/${c.deputyIds[1]}`)).status).toBe(404);
    expect((await deputies[0].ok('GET', `/api/duty/deputies/${c.deputyIds[0]}`)).deputy.name).toBe('张建国');
    const foreign = await liaison.request('GET', `/api/duty/deputies/${other.deputyIds[0]}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.message).toMatch(CHINESE);
    const otherLiaison = await Client.login(app, other.users.liaison.username);
    expect((await otherLiaison.ok('GET', '/api/duty/deputies')).rows.every((r: { points: number }) => r.points === 0)).toBe(true);
    expect((await otherLiaison.raw(`/api/duty/deputies/${c.deputyIds[0]}/file.docx`)).statusCode).toBe(404);
    // Units and the government office have no part in it.
    expect((await Client.login(app, c.users.gov.username).then((g) => g.request('GET', '/api/duty/deputies'))).status).toBe(403);
    // Duty records are a people's congress's: a CPPCC member and its proposal committee have none.
    const cppcc = await createCppcc(d.db, c);
    const member = await Client.login(app, cppcc.users.members[0].username);
    const refused = await member.request('GET', '/api/duty/me');
    expect(refused).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', message: '代表履职记录和积分只在人民代表大会使用' } });
    expect((await Client.login(app, cppcc.users.proposalOffice.username).then((p) => p.request('GET', '/api/duty/deputies'))).status).toBe(403);
  });

  it('the duty file (Word) and the list (Excel) open', async () => {
    const docx = await deputies[0].raw(`/api/duty/deputies/${c.deputyIds[0]}/file.docx?year=${year}`);
    expect(docx.statusCode).toBe(200);
    expect(decodeURIComponent(String(docx.headers['content-disposition']))).toContain(`张建国代表${year}年度履职档案.docx`);
    const doc = await readDocx(docx.rawPayload);
    expect(doc.page).toEqual(GBT9704_PAGE);
    expect(doc.texts[0]).toBe(`张建国代表${year}年度履职档案`);
    expect(doc.texts).toEqual(expect.arrayContaining(['一、年度目标任务完成情况', '二、履职记录', '四、通过民情通达专线反映问题']));
    expect(doc.find(`${year}年度积分合计`)?.text).toContain('尚未完成的目标任务：调研一个问题');
    expect(doc.document).toContain('RX');
    const notRec = await readDocx((await liaison.raw(`/api/duty/deputies/${c.deputyIds[1]}/file.docx`)).rawPayload);
    expect(notRec.find('不推荐为优秀代表和连任代表')).toBeTruthy();

    const xlsx = await liaison.raw('/api/duty/deputies.xlsx?short=research');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['履职情况', '履职记录', '积分规则']);
    const sheet = wb.getWorksheet('履职情况')!;
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining(['积分排名', '代表', '通过专线反映问题', '积分', '不推荐为优秀代表和连任代表']));
    expect(sheet.getRow(4).getCell(2).value).toBe('张建国');
    expect(sheet.rowCount).toBeGreaterThanOrEqual(3 + 6);
    // The records sheet lists the delegation's entry (the liaison office's was deleted).
    const records = wb.getWorksheet('履职记录')!;
    expect(records.getRow(4).getCell(5).value).toBe('在代表团全体会议上审议政府工作报告');
    expect((await deputies[0].raw('/api/duty/deputies.xlsx')).statusCode).toBe(403);
  });
});
