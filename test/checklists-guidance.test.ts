import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../domain/deadlines';
import type { Database } from '../server/db/client';
import { queryRows } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { remindChecklistEntries } from '../server/usecases/checklists/remind-checklist-entries';
import { Client, useServer } from './helpers/client';
import { checklistCounties, checklistPeriod, issueAndReport, type ReportRows } from './helpers/checklist-world';
import type { County } from './helpers/county';
import { DB_KINDS } from './helpers/db';

/**
 * Issue 16 §7–§8 through HTTP, on the quarter's issued checklist with the townships' reports
 * (rebuilt by test/helpers/checklist-world.ts as checklists-reports.test.ts files them): the county
 * pairs its leaders with townships and a paired leader records a visit, the quarter's exchange
 * meeting picks typical experiences, the daily reminder tells the townships of entries due and overdue.
 */
describe.each(DB_KINDS)('township checklists: guidance on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  useServer(kind, (db, a) => ((d = db), (app = a)));

  const period = checklistPeriod();
  const { today, year, quarter } = period;
  let K: County;
  let liaison: Client;
  let leader: Client;
  let leader2: Client;
  let town: Client[];
  let otherLiaison: Client;
  /** report rows of each township, by entry seq (1-based) */
  let rows: ReportRows;

  beforeAll(async () => {
    const w = await checklistCounties(app, d.db);
    ({ K, liaison, leader, leader2, town, otherLiaison } = w);
    ({ rows } = await issueAndReport(d.db, w, period));
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
});
