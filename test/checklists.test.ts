import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInShanghai } from '../domain/deadlines';
import type { Database } from '../server/db/client';
import { queryRows } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { remindChecklistEntries } from '../server/usecases/checklists/remind-checklist-entries';
import { Client, useServer } from './helpers/client';
import { createCounty, type County } from './helpers/county';
import { DB_KINDS } from './helpers/db';
import { readDocx } from './helpers/docx';
import { createCongress } from './helpers/factories';
import { accept, assign, contact, draftAndSign, send, submit } from './helpers/flow';
import { officeParts } from './helpers/scan';

/**
 * Issue 16 §5–§9 through HTTP: the county issues a quarterly checklist, the townships report with
 * evidence (lights, late reports), a paired leader records a visit, the quarter's exchange meeting
 * picks typical experiences, the year's assessment scores automatically and by hand and ranks, its
 * score sheet downloads as Word and Excel; a township sees and writes only its own rows, another
 * county sees nothing; bad input is a 4xx in Chinese, a concurrent edit a 409.
 */
const CHINESE = /[\u4e00-\u9fa5]/;
/** A 1×1 PNG: a photo of the meeting, as far as the checks go. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe.each(DB_KINDS)('township checklists on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  useServer(kind, (db, a) => ((d = db), (app = a)));

  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  let K: County;
  let other: County;
  let liaison: Client;
  let leader: Client;
  let leader2: Client;
  let town: Client[];
  let otherLiaison: Client;
  let otherTown: Client;
  let checklistId: number;
  /** report rows of each township, by entry seq (1-based) */
  const rows: Record<number, Record<number, { id: number; version: number; entryId: number }>> = {};
  const login = (u: { username: string }) => Client.login(app, u.username);
  const rowsOf = async (c: Client, q = '') => (await c.ok('GET', `/api/checklist-reports?year=${year}${q}`)).rows as any[];

  beforeAll(async () => {
    K = await createCounty(d.db, 3);
    other = await createCounty(d.db, 1, '安乡县');
    liaison = await login(K.liaison);
    [leader, leader2] = await Promise.all(K.leaders.map(login));
    town = await Promise.all(K.towns.map((t) => login(t.users.presidium)));
    otherLiaison = await login(other.liaison);
    otherTown = await login(other.towns[0].users.presidium);
  });

  const entries = () => [
    {
      type: 'statutory',
      text: '依法召开乡镇人民代表大会会议，审议政府工作报告和民生实事项目',
      dueOn: addDays(today, -20),
      evidence: '会议通知、议程、决议文本和会议记录',
    },
    { type: 'deputyWork', text: '组织代表进站接待选民不少于 2 次', dueOn: addDays(today, 3), evidence: '接待登记表和现场照片' },
    { type: 'centralWork', text: '围绕人居环境整治开展代表专题视察', dueOn: addDays(today, 60), evidence: '视察方案、照片和视察报告', indicator: 'publicity' },
    { type: 'statutory', text: '听取和审议乡镇人民政府关于民生实事项目推进情况的报告', dueOn: addDays(today, -5), evidence: '主席团会议记录' },
    { type: 'statutory', text: '乡镇规范性文件按规定报县人大常委会备案', dueOn: addDays(today, 1), evidence: '报备文件和回执', indicator: 'statutoryMeetings' },
  ];

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
    const tagged = entries().map((e) => ({
      ...e,
      indicator: e.indicator ?? (e.type === 'statutory' ? 'statutoryMeetings' : e.type === 'deputyWork' ? 'deputyActivities' : null),
    }));
    const body = { year, quarter, title: `${year}年第${quarter}季度乡镇人大工作指导清单`, townshipIds: [t0, t1, t2], entries: tagged };
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

    for (const [i, c] of town.entries()) {
      rows[i] = Object.fromEntries((await rowsOf(c)).map((r) => [r.entrySeq, { id: r.id, version: r.version, entryId: r.entryId }]));
    }
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

  it('the liaison office pairs leaders with townships; a paired leader records a visit, an unpaired one cannot', async () => {
    const [t0, t1] = K.towns.map((t) => t.congressId);
    const leaderId = K.leaders[0].id;
    expect((await liaison.request('POST', '/api/guidance/pairings', { leaderUserId: leaderId, townshipId: t0 })).status).toBe(201);
    const dup = await liaison.request('POST', '/api/guidance/pairings', { leaderUserId: leaderId, townshipId: t0 });
    expect([dup.status, dup.body.message]).toEqual([409, '该领导已联点这个乡镇']);
    const notLeader = await liaison.request('POST', '/api/guidance/pairings', { leaderUserId: K.liaison.id, townshipId: t0 });
    expect(notLeader.body).toMatchObject({ code: 'UNKNOWN_LEADER_ACCOUNT', details: [{ field: 'leaderUserId' }] });
    const p2 = await liaison.ok('POST', '/api/guidance/pairings', { leaderUserId: K.leaders[1].id, townshipId: t1 });
    const pairings = await leader.ok('GET', '/api/guidance/pairings');
    expect(pairings.pairings.map((p: { leader: { name: string }; township: { name: string } }) => `${p.leader.name}-${p.township.name}`)).toEqual([
      '李国强-东山镇',
      '王秀兰-治河渡镇',
    ]);
    expect(pairings.mayEdit).toBe(false);
    expect((await leader.request('POST', '/api/guidance/pairings', { leaderUserId: leaderId, townshipId: t1 })).status).toBe(403);

    const visit = {
      townshipId: t0,
      visitedOn: today,
      deputiesVisited: 6,
      votersVisited: 23,
      ledgersRead: '人代会会议记录、代表联络站接待台账',
      assessment: '人代会依法召开，联络站接待常态化，台账规范',
      requirements: '人居环境专题视察要在季度末前完成并形成报告',
      entryIds: [rows[0][1].entryId, rows[0][3].entryId],
    };
    expect((await leader.request('POST', '/api/guidance/visits', visit)).status).toBe(201);
    const unpaired = await leader.request('POST', '/api/guidance/visits', { ...visit, townshipId: t1, entryIds: [] });
    expect([unpaired.status, unpaired.body.message]).toEqual([403, '只有联点该乡镇的县人大常委会领导可以登记联点指导情况']);
    const future = await leader.request('POST', '/api/guidance/visits', { ...visit, visitedOn: addDays(today, 2) });
    expect(future.body).toMatchObject({ code: 'HELD_IN_FUTURE', details: [{ field: 'visitedOn', message: '活动日期不能晚于今天' }] });
    const foreignEntry = await leader.request('POST', '/api/guidance/visits', { ...visit, entryIds: [999999] });
    expect(foreignEntry.body).toMatchObject({ code: 'UNKNOWN_ENTRY', details: [{ field: 'entryIds', message: '所选清单事项不存在，或未下发到该乡镇' }] });
    expect((await liaison.request('POST', '/api/guidance/visits', visit)).status).toBe(403);

    const seen = await leader.ok('GET', `/api/guidance/visits?year=${year}`);
    expect(seen.mayRecord).toBe(true);
    expect(seen.pairedTownships).toEqual([{ id: t0, name: '东山镇' }]);
    expect(seen.visits[0]).toMatchObject({ leaderName: '李国强', township: { name: '东山镇' }, deputiesVisited: 6, votersVisited: 23 });
    expect(seen.visits[0].entries.map((e: { typeLabel: string }) => e.typeLabel)).toEqual(['法定事项', '中心工作']);
    expect((await town[0].ok('GET', '/api/guidance/visits')).visits).toHaveLength(1);
    expect((await town[1].ok('GET', '/api/guidance/visits')).visits).toEqual([]);
    expect((await leader2.ok('GET', '/api/guidance/visits')).mayRecord).toBe(true);
    const [n] = await queryRows<{ payload: { requirements: string } }>(
      d.db,
      sql`select payload from outbox where type = 'guidanceVisitRecorded' and recipient_user_id = ${K.towns[0].presidium.userId}`,
    );
    expect(n.payload.requirements).toBe(visit.requirements);
    expect((await liaison.request('DELETE', `/api/guidance/pairings/${p2.id}`)).status).toBe(200);
    expect((await leader2.ok('GET', '/api/guidance/visits')).mayRecord).toBe(false);
  });

  it('the quarter’s exchange meeting picks typical experiences from the townships’ reports', async () => {
    const body = {
      year,
      quarter,
      heldOn: today,
      summary: '各乡镇交流落实清单情况，指出个别乡镇台账不规范的问题',
      briefing: '下季度重点做好民生实事项目票决和代表述职评议',
      experienceReportIds: [rows[0][1].id, rows[1][2].id],
    };
    expect((await liaison.request('POST', '/api/exchange-meetings', body)).status).toBe(201);
    const pending = await liaison.request('POST', '/api/exchange-meetings', { ...body, experienceReportIds: [rows[2][1].id] });
    expect(pending.body).toMatchObject({
      code: 'UNKNOWN_ENTRY',
      details: [{ field: 'experienceReportIds', message: '典型经验须选自本季度清单中乡镇已报送的事项' }],
    });
    const foreign = await otherLiaison.request('POST', '/api/exchange-meetings', body);
    expect(foreign.body.code).toBe('UNKNOWN_ENTRY');
    expect((await town[0].request('POST', '/api/exchange-meetings', body)).status).toBe(403);

    const [m] = (await leader.ok('GET', `/api/exchange-meetings?year=${year}`)).meetings;
    expect(m.experiences.map((x: { township: { name: string } }) => x.township.name)).toEqual(['东山镇', '治河渡镇']);
    expect(m.briefing).toBe(body.briefing);
    // A township reads the briefing, and of the experiences only its own.
    const [mine] = (await town[1].ok('GET', '/api/exchange-meetings')).meetings;
    expect(mine.experiences.map((x: { township: { name: string } }) => x.township.name)).toEqual(['治河渡镇']);
    const notices = await queryRows<{ n: number }>(d.db, sql`select count(*)::int as n from outbox where type = 'exchangeMeetingRecorded'`);
    expect(notices[0].n).toBe(3);
  });

  it('the daily reminder tells each township once when entries come due and once when they are overdue', async () => {
    const run = () => d.db.transaction(async (tx) => remindChecklistEntries({ tx: tx as never, now: new Date(), scheduledFor: new Date() }));
    const first = await run();
    expect(first.rows).toBeGreaterThan(0);
    const sent = await queryRows<{ recipient_user_id: number; payload: { overdue: boolean; count: number } }>(
      d.db,
      sql`select recipient_user_id, payload from outbox where type = 'checklistDue' order by id`,
    );
    // 梅田湖镇 reported nothing: its two overdue entries, then its two coming due.
    const third = sent.filter((s) => s.recipient_user_id === K.towns[2].presidium.userId);
    expect(third.map((s) => [s.payload.overdue, s.payload.count]).sort()).toEqual([
      [false, 2],
      [true, 2],
    ]);
    // 东山镇 reported all but one overdue entry done.
    expect(sent.filter((s) => s.recipient_user_id === K.towns[0].presidium.userId).map((s) => [s.payload.overdue, s.payload.count])).toEqual([[true, 1]]);
    expect((await run()).rows).toBe(0);
    await dispatchOutbox(d.db, new Date());
    const inbox = await town[2].ok('GET', '/api/notifications');
    expect(inbox.rows.map((r: { title: string }) => r.title)).toEqual(expect.arrayContaining(['指导清单事项已超期', '指导清单事项即将到期']));
  });

  it('copies a checklist into next year’s same quarter with due dates a year later, edits and deletes the draft', async () => {
    const copy = await liaison.request('POST', `/api/checklists/${checklistId}/copy`, { year: year + 1, quarter });
    expect(copy.status).toBe(201);
    const draft = await liaison.ok('GET', `/api/checklists/${copy.body.id}`);
    expect(draft.checklist).toMatchObject({ state: 'draft', year: year + 1, townships: 3, copiedFrom: { id: checklistId } });
    expect(draft.checklist.title).toBe(`${year + 1}年第${['一', '二', '三', '四'][quarter - 1]}季度乡镇人大工作指导清单`);
    const source = await liaison.ok('GET', `/api/checklists/${checklistId}`);
    expect(draft.entries.map((e: { dueOn: string }) => e.dueOn)).toEqual(
      source.entries.map((e: { dueOn: string }) => `${Number(e.dueOn.slice(0, 4)) + 1}${e.dueOn.slice(4)}`.replace(/-02-29$/, '-02-28')),
    );
    expect(draft.events[0]).toMatchObject({ typeLabel: '复制清单' });
    // The copy is invisible to the townships while a draft.
    expect((await town[0].request('GET', `/api/checklists/${copy.body.id}`)).status).toBe(404);
    expect((await liaison.request('DELETE', `/api/checklists/${copy.body.id}?version=9`)).status).toBe(409);
    expect((await liaison.request('DELETE', `/api/checklists/${copy.body.id}?version=1`)).status).toBe(200);
    expect((await liaison.request('GET', `/api/checklists/${copy.body.id}`)).status).toBe(404);
    const issued = await liaison.request('DELETE', `/api/checklists/${checklistId}?version=4`);
    expect([issued.status, issued.body.message]).toEqual([409, '当前状态为“已下发”，不能“删除清单”']);
  });

  it('the county dashboard: completion by township and type, overdue entries', async () => {
    const o = await leader.ok('GET', `/api/checklists/overview?year=${year}`);
    expect(o.checklists).toBe(1);
    expect(o.total).toMatchObject({ total: 15, done: 4, late: 1, inProgress: 1 });
    const byName = Object.fromEntries(o.townships.map((t: { township: { name: string } }) => [t.township.name, t]));
    expect(byName['东山镇']).toMatchObject({ total: 5, done: 3, onTime: 2, late: 1, red: 1, completionRate: 60 });
    expect(byName['梅田湖镇']).toMatchObject({ done: 0, pending: 5, red: 2, yellow: 2, completionRate: 0 });
    expect(o.byType.map((t: { typeLabel: string; total: number }) => [t.typeLabel, t.total])).toEqual([
      ['法定事项', 9],
      ['代表工作', 3],
      ['中心工作', 3],
    ]);
    expect(o.overdue.every((r: { light: string }) => r.light === 'red')).toBe(true);
    expect(o.overdue).toHaveLength(5);
    expect(o.scores).toBeNull();
  });

  it('the annual assessment: automatic scores, a manual score and adjustments with reasons, ranking, Word and Excel, finalized', async () => {
    // 东山镇's own suggestion: submitted, accepted, assigned, replied and evaluated satisfied.
    const t = K.towns[0];
    const [dep, office, unitOffice, handler, unitLeader] = await Promise.all(
      ['deputy', 'office', 'unitOffice', 'unitHandler', 'unitLeader'].map((k) => login(t.users[k])),
    );
    const c = { sessionId: t.sessionId, categoryIds: [t.categoryId] } as never;
    const itemId = (await submit(dep, c, [], '关于修缮东山镇中心小学操场的建议')).id;
    await accept(office, itemId);
    await assign(office, itemId, 'single', [{ unitId: t.unitId!, role: 'lead' }]);
    await contact(handler, itemId, 'visit', today);
    const signed = await draftAndSign({ office: unitOffice, handler, leader: unitLeader }, itemId, 'A');
    expect((await send(unitOffice, itemId, signed)).status).toBe(200);
    await dep.ok('POST', `/api/items/${itemId}/evaluations`, { result: 'satisfied' });

    let a = await liaison.ok('GET', `/api/assessments/${year}`);
    expect(a).toMatchObject({ state: null, stateLabel: '尚未制定考核方案', scheme: null, mayEdit: true });
    expect(a.defaults.indicators.map((i: { label: string }) => i.label)).toContain('办理乡镇人大代表建议');
    const scheme = {
      indicators: a.defaults.indicators.map((i: { key: string; points: number; evidenceRule: string }) => ({
        key: i.key,
        points: i.points,
        evidenceRule: i.evidenceRule,
      })),
      bonusItems: a.defaults.bonusItems,
      deductionItems: a.defaults.deductionItems,
      bonusCap: a.defaults.bonusCap,
    };
    const missing = await liaison.request('PUT', `/api/assessments/${year}/scheme`, { ...scheme, indicators: scheme.indicators.slice(1) });
    expect(missing.body.details[0].message).toBe('考核方案须包含全部 7 项考核指标，每项一次');
    a = await liaison.ok('PUT', `/api/assessments/${year}/scheme`, scheme);
    expect(a).toMatchObject({ state: 'draft', stateLabel: '评分中', version: 1 });

    const score = (name: string, key: string) => {
      const row = a.rows.find((r: { township: { name: string } }) => r.township.name === name);
      return row.indicators.find((i: { key: string }) => i.key === key);
    };
    // 东山镇: 召开法定会议 1 of 3 due entries on time (one late, one overdue) → 20 × 1/3; its deputy work on time → 15; its suggestion replied and satisfied → 15.
    expect(score('东山镇', 'statutoryMeetings')).toMatchObject({ auto: 6.7, basis: '按期完成 1/3 项' });
    expect(score('东山镇', 'deputyActivities')).toMatchObject({ auto: 15, basis: '按期完成 1/1 项' });
    expect(score('东山镇', 'townshipSuggestions')).toMatchObject({ auto: 15, basis: '答复 1/1 件，满意和基本满意 1/1 件' });
    // Not due yet and not done: not counted; nothing to count: no automatic score.
    expect(score('东山镇', 'publicity')).toMatchObject({ auto: null, basis: '无计入本指标的到期事项，须人工评分' });
    expect(score('梅田湖镇', 'townshipSuggestions')).toMatchObject({ auto: null, basis: '本年度无交办的代表建议，须人工评分' });
    expect(score('治河渡镇', 'deputyActivities')).toMatchObject({ auto: 15 });

    const t2 = K.towns[2].congressId;
    const manual = { version: 1, townshipId: t2, indicator: 'publicity', points: 8, reason: '在县融媒体中心刊发乡镇人大工作稿件 4 篇' };
    const over = await liaison.request('PUT', `/api/assessments/${year}/scores`, { ...manual, points: 12 });
    expect(over.body).toMatchObject({ code: 'POINTS_OUT_OF_RANGE', details: [{ field: 'points', message: '分值须在 0 到 10 分之间' }] });
    const noReason = await liaison.request('PUT', `/api/assessments/${year}/scores`, { ...manual, reason: '' });
    expect(noReason.body.details).toEqual([{ field: 'body.reason', message: '评分理由不能为空' }]);
    a = await liaison.ok('PUT', `/api/assessments/${year}/scores`, manual);
    expect(a.version).toBe(2);
    expect(score('梅田湖镇', 'publicity')).toMatchObject({ auto: null, manual: 8, counted: 8, reason: manual.reason });
    // The same version again: stale.
    expect((await liaison.request('PUT', `/api/assessments/${year}/scores`, manual)).status).toBe(409);

    const adjust = (body: object) => liaison.request('POST', `/api/assessments/${year}/adjustments`, { version: a.version, ...body });
    const unknown = await adjust({ townshipId: K.towns[1].congressId, kind: 'bonus', item: '自拟项目', points: 1, reason: '无' });
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_ADJUSTMENT_ITEM', details: [{ field: 'item' }] });
    let r = await adjust({ townshipId: K.towns[1].congressId, kind: 'bonus', item: '经验被县级以上推介', points: 1, reason: '代表联络站经验在全市会议上交流' });
    expect(r.status).toBe(201);
    a = r.body;
    r = await adjust({
      townshipId: K.towns[0].congressId,
      kind: 'deduction',
      item: '清单事项逾期未完成',
      points: 0.5,
      reason: '民生实事推进情况报告逾期未审议',
    });
    a = r.body;
    expect(a.rows.map((x: { township: { name: string }; total: number; rank: number }) => [x.rank, x.township.name, x.total])).toEqual([
      [1, '东山镇', 36.2],
      [2, '治河渡镇', 16],
      [3, '梅田湖镇', 8],
    ]);
    expect(a.events.map((e: { typeLabel: string }) => e.typeLabel)).toEqual(['加分或扣分', '加分或扣分', '人工评分', '制定考核方案']);
    expect(a.events[2].detail).toBe(`梅田湖镇 · 宣传报道：8 分。理由：${manual.reason}`);

    // The score sheet: Word in the GB/T 9704 layout, and Excel.
    const docx = await leader.raw(`/api/assessments/${year}/score-sheet.docx`);
    expect(docx.statusCode).toBe(200);
    expect(decodeURIComponent(String(docx.headers['content-disposition']))).toContain(`华容县${year}年度乡镇人大工作考核评分表.docx`);
    const doc = await readDocx(docx.rawPayload);
    expect(doc.texts[0]).toBe(`华容县${year}年度乡镇人大工作考核评分表`);
    expect(doc.texts).toContain('二、得分与排名');
    expect(doc.document).toContain('36.2');
    expect(doc.texts.join('\n')).toContain(`梅田湖镇“宣传报道”人工评分 8 分（自动计分 — 分），理由：${manual.reason}`);
    expect(doc.texts.join('\n')).toContain('治河渡镇加分 1 分（经验被县级以上推介），理由：代表联络站经验在全市会议上交流');
    expect(doc.texts).toContain('华容县人大常委会选举任免联络工作委员会');
    const xlsx = await liaison.raw(`/api/assessments/${year}/score-sheet.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const { text } = await officeParts(xlsx.rawPayload);
    for (const s of ['得分与排名', '评分明细', '加分扣分', '考核指标', '东山镇', '召开法定会议', '按期完成 1/3 项', manual.reason, '36.2'])
      expect(text, s).toContain(s);

    // Finalized: the scores stay, nothing more is scored or reported for the year.
    a = await liaison.ok('POST', `/api/assessments/${year}/finalize`, { version: a.version });
    expect(a).toMatchObject({ state: 'finalized', stateLabel: '已定稿', mayEdit: false });
    expect(a.rows[0]).toMatchObject({ township: { name: '东山镇' }, total: 36.2, rank: 1 });
    expect(score('东山镇', 'statutoryMeetings')).toMatchObject({ auto: 6.7, basis: '按期完成 1/3 项' });
    const twice = await liaison.request('POST', `/api/assessments/${year}/finalize`, { version: a.version });
    expect([twice.status, twice.body.message]).toEqual([409, '当前状态为“已定稿”，不能“确定考核结果”']);
    const late = await town[2].request('PUT', `/api/checklist-reports/${rows[2][1].id}`, { version: 1, status: 'done', note: '补报' });
    expect([late.status, late.body.message]).toEqual([422, `${year}年度考核已定稿，该年度清单的报送情况和佐证材料不能再修改`]);
    expect((await liaison.request('PUT', `/api/assessments/${year}/scores`, { ...manual, version: a.version })).status).toBe(409);
    const dash = await leader.ok('GET', `/api/checklists/overview?year=${year}`);
    expect(dash.scores).toMatchObject({ stateLabel: '已定稿', rows: [{ rank: 1, total: 36.2 }, { rank: 2 }, { rank: 3 }] });
    // Another county has no assessment of its own, and cannot read this one.
    expect((await otherLiaison.ok('GET', `/api/assessments/${year}`)).state).toBeNull();
    expect((await otherLiaison.request('GET', `/api/assessments/${year}/score-sheet.docx`)).status).toBe(422);
  });
});
