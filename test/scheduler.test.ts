import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPostgres, queryRows, type Database } from '../server/db/client';
import { deliverPending } from '../server/jobs/deliver';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { JOBS } from '../server/jobs/registry';
import { ensureJobs, runDueJobs } from '../server/jobs/scheduler';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS, freshDatabase } from './helpers/db';
import { createCongress, type Congress } from './helpers/factories';
import { accept, assign, submit, submitAndAssign } from './helpers/flow';

/** Shanghai wall-clock time as a Date. */
const at = (local: string) => new Date(`${local}+08:00`);
const shanghaiDay = (t: string) => new Date(new Date(t).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const weekly = JOBS.filter((j) => j.name === 'weeklyReminder' || j.name === 'weeklyUrge');

async function resetJobs(d: Database) {
  await d.db.execute(sql`delete from job_runs`);
  await d.db.execute(sql`delete from scheduled_jobs`);
}

async function remindersOf(d: Database, c: Congress) {
  return queryRows<{ kind: string; unitId: number; week: string; createdAt: string; itemIds: number[] }>(
    d.db,
    sql`select kind, unit_id as "unitId", week, created_at as "createdAt", item_ids as "itemIds" from reminders where congress_id = ${c.congressId} order by id`,
  );
}

/** Runs the scheduler once a day at 10:00 (Shanghai) from `from` for `days` days. */
async function runDaily(d: Database, from: string, days: number, jobs = weekly) {
  const start = at(`${from}T10:00:00`).getTime();
  for (let i = 0; i < days; i++) {
    const now = new Date(start + i * 86_400_000);
    await runDueJobs(d.db, () => now, jobs);
  }
}

describe.each(DB_KINDS)('scheduler and weekly reminders on %s', (kind) => {
  let { d, c, liaison, admin, dep } = {} as CongressSetup;
  useCongress(kind, { units: 0, admin: true }, (s) => ({ d, c, liaison, admin, dep } = s));
  beforeEach(async () => {
    await resetJobs(d);
    // Two items for unit 0 (one as co-handler of unit 1's item), one for unit 2; unit 3 has none.
    for (const [title, units] of [
      ['关于甲的建议', [{ unitId: c.unitIds[0], role: 'lead' }]],
      [
        '关于乙的建议',
        [
          { unitId: c.unitIds[1], role: 'lead' },
          { unitId: c.unitIds[0], role: 'co' },
        ],
      ],
      ['关于丙的建议', [{ unitId: c.unitIds[2], role: 'lead' }]],
    ] as const) {
      // A fixed assignment date: the reply deadlines below must not move with the day the tests run.
      await submitAndAssign(dep, liaison, c, title, units.length > 1 ? 'leadCo' : 'single', [...units], { assignedOn: '2026-12-02' });
    }
  });

  it('sends the weekly reminder on the configured weekday, once per unit and week, logged on each item (R-SUP-2)', async () => {
    await ensureJobs(d.db, at('2026-12-06T12:00:00'), weekly);
    // Two weeks of daily runs, twice a day on the Monday (a second process, a restart).
    await runDaily(d, '2026-12-07', 14);
    await runDueJobs(d.db, () => at('2026-12-07T18:00:00'), weekly);
    const rows = (await remindersOf(d, c)).filter((r) => r.kind === 'weeklyReminder');
    expect(rows.map((r) => [r.unitId, r.week]).sort()).toEqual(
      [
        [c.unitIds[0], '2026-W50'],
        [c.unitIds[1], '2026-W50'],
        [c.unitIds[2], '2026-W50'],
        [c.unitIds[0], '2026-W51'],
        [c.unitIds[1], '2026-W51'],
        [c.unitIds[2], '2026-W51'],
      ].sort(),
    );
    // Monday is the default weekday: both weeks' reminders went out on their Mondays.
    expect(new Set(rows.map((r) => shanghaiDay(r.createdAt)))).toEqual(new Set(['2026-12-07', '2026-12-14']));
    const u0 = rows.find((r) => r.unitId === c.unitIds[0] && r.week === '2026-W50')!;
    expect(u0.itemIds).toHaveLength(2);
    // Each reminder is on the history of every item it covers.
    const history = await liaison.ok('GET', `/api/items/${u0.itemIds[0]}`);
    const logged = history.history.filter(
      (e: { type: string; payload: { unitId?: number } }) => e.type === 'weeklyReminder' && e.payload.unitId === c.unitIds[0],
    );
    expect(logged.map((e: { payload: { week: string } }) => e.payload.week)).toEqual(['2026-W50', '2026-W51']);
    // And notified to the unit once per week (dedupe key).
    const [n] = await queryRows<{ n: number }>(
      d.db,
      sql`select count(*)::int as n from outbox where type = 'weeklyReminder' and recipient_org_id = ${c.unitIds[0]}`,
    );
    expect(n.n).toBe(2);
    // Nobody is behind schedule in December: no urge.
    expect((await remindersOf(d, c)).filter((r) => r.kind === 'weeklyUrge')).toHaveLength(0);
  });

  it('follows the profile: another weekday, a holiday moves it to the next working day or skips the week', async () => {
    // 2027: the administrator enters the schedule; 2027-01-04 (Mon) … 01-05 declared holidays for this test.
    await admin.ok('PUT', '/api/calendar/2027', { holidays: ['2027-01-01', '2027-01-04', '2027-01-05'], makeupWorkdays: [] });
    await admin.ok('PUT', '/api/rules-profiles/2026', { values: { weeklyReminderWeekday: 3 } });
    await admin.ok('PUT', '/api/rules-profiles/2027', { values: { weeklyReminderWeekday: 1, remindersSkipHolidays: true } });
    await ensureJobs(d.db, at('2026-12-13T12:00:00'), weekly);
    await runDaily(d, '2026-12-14', 26);
    const days = (await remindersOf(d, c)).filter((r) => r.kind === 'weeklyReminder' && r.unitId === c.unitIds[2]).map((r) => shanghaiDay(r.createdAt));
    // 2026: Wednesdays. 2027: Mondays, but 01-04 and 01-05 are holidays → Wednesday 01-06.
    expect(days).toEqual(['2026-12-16', '2026-12-23', '2026-12-30', '2027-01-06']);
  });

  it('urges units behind schedule on the urge weekday; a holiday without a working day left in the week skips it', async () => {
    // Replies are due three months after assignment (2026-12-02 → 2027-03-02).
    await admin.ok('PUT', '/api/calendar/2027', { holidays: ['2027-03-12'], makeupWorkdays: [] });
    await ensureJobs(d.db, at('2027-03-01T12:00:00'), weekly);
    await runDaily(d, '2027-03-02', 14);
    const urges = (await remindersOf(d, c)).filter((r) => r.kind === 'weeklyUrge');
    // Week 9 (Friday 03-05): all three units are overdue. Week 10: Friday 03-12 is a holiday, then the weekend → none.
    expect(urges.map((r) => r.week)).toEqual(['2027-W09', '2027-W09', '2027-W09']);
    expect(new Set(urges.map((r) => r.unitId))).toEqual(new Set([c.unitIds[0], c.unitIds[1], c.unitIds[2]]));
  });

  it('after an outage, runs each missed job once and schedules the next slot in the future', async () => {
    await ensureJobs(d.db, at('2026-12-07T00:00:00'));
    // Nothing ran for ten days; then one process starts.
    const ran = await runDueJobs(d.db, () => at('2026-12-17T11:00:00'));
    expect(
      ran
        .filter((r) => r.status === 'ok')
        .map((r) => r.name)
        .sort(),
    ).toEqual(JOBS.map((j) => j.name).sort());
    const runs = await queryRows<{ jobName: string; n: number }>(d.db, sql`select job_name as "jobName", count(*)::int as n from job_runs group by job_name`);
    for (const r of runs) expect(r.n, r.jobName).toBe(1);
    const next = await queryRows<{ name: string; nextRunAt: string }>(d.db, sql`select name, next_run_at as "nextRunAt" from scheduled_jobs`);
    for (const j of next) expect(new Date(j.nextRunAt).getTime(), j.name).toBeGreaterThan(at('2026-12-17T11:00:00').getTime());
    // A second start the same day finds nothing to do.
    expect(await runDueJobs(d.db, () => at('2026-12-17T11:05:00'))).toEqual([]);
    // The missed Monday reminder went out on the catch-up day, once per unit.
    const rows = (await remindersOf(d, c)).filter((r) => r.kind === 'weeklyReminder');
    expect(rows).toHaveLength(3);
  });

  it('a failing job is rolled back, recorded and retried later without blocking the others', async () => {
    let calls = 0;
    const jobs = [
      {
        name: 'boom',
        schedule: 'daily 06:00',
        label: '测试',
        run: async ({ tx }: { tx: Database['db'] }) => {
          calls++;
          await tx.execute(sql`select 1`);
          throw new Error('故障');
        },
      },
      ...weekly,
    ];
    await ensureJobs(d.db, at('2026-12-06T12:00:00'), jobs);
    const ran = await runDueJobs(d.db, () => at('2026-12-07T10:00:00'), jobs);
    expect(ran.find((r) => r.name === 'boom')).toMatchObject({ status: 'error', error: '故障' });
    expect(
      ran
        .filter((r) => r.status === 'ok')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['weeklyReminder', 'weeklyUrge']);
    const [job] = await queryRows<{ lastStatus: string; nextRunAt: string }>(
      d.db,
      sql`select last_status as "lastStatus", next_run_at as "nextRunAt" from scheduled_jobs where name = 'boom'`,
    );
    expect(job.lastStatus).toBe('error');
    expect(new Date(job.nextRunAt).toISOString()).toBe(at('2026-12-07T10:10:00').toISOString());
    expect(calls).toBe(1);
  });
});

describe.runIf(DB_KINDS.includes('postgres'))('two workers on one PostgreSQL database', () => {
  it('never fire the same slot twice', async () => {
    const d1 = await freshDatabase('postgres');
    // A second process: its own connection pool on the same database.
    const d2 = openPostgres(d1.url!, 10);
    try {
      const app = await (await import('./helpers/client')).appFor(d1);
      const c = await createCongress(d1.db);
      const liaison = await Client.login(app, c.users.liaison.username);
      const dep = await Client.login(app, c.users.deputies[0].username);
      for (let i = 0; i < 4; i++) {
        const x = await submit(dep, c, [], `关于第${i}件事的建议`);
        await accept(liaison, x.id);
        // Fixed: the adjustment window's closing notice below falls inside the ten days raced.
        await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[i], role: 'lead' }], { assignedOn: '2026-12-02' });
      }
      await ensureJobs(d1.db, at('2026-12-06T12:00:00'));
      // Both race through the same ten days, day by day.
      for (let i = 0; i < 10; i++) {
        const now = new Date(at('2026-12-07T08:45:00').getTime() + i * 86_400_000);
        await Promise.all([runDueJobs(d1.db, () => now), runDueJobs(d2.db, () => now)]);
      }
      const runs = await queryRows<{ jobName: string; scheduledFor: string; n: number }>(
        d1.db,
        sql`select job_name as "jobName", scheduled_for as "scheduledFor", count(*)::int as n from job_runs where status = 'ok' group by 1, 2`,
      );
      expect(runs.length).toBeGreaterThanOrEqual(JOBS.length * 9);
      for (const r of runs) expect(r.n, `${r.jobName} ${r.scheduledFor}`).toBe(1);
      const reminders = await queryRows<{ n: number }>(d1.db, sql`select count(*)::int as n from reminders where kind = 'weeklyReminder'`);
      expect(reminders[0].n).toBe(8); // 4 units × 2 weeks
      // The outbox and the SMS deliveries, raced by both workers: each message once per recipient.
      await d1.db.execute(
        sql`insert into notification_preferences (user_id, sms_enabled, mobile) select id, true, '13800000000' from users where organization_id = ${c.unitIds[0]}`,
      );
      await Promise.all([
        dispatchOutbox(d1.db, new Date()),
        dispatchOutbox(d2.db, new Date()),
        dispatchOutbox(d1.db, new Date()),
        dispatchOutbox(d2.db, new Date()),
      ]);
      const sent: string[] = [];
      const sender = { send: async (m: { dedupeKey: string }) => void sent.push(m.dedupeKey) };
      const senders = { email: sender, sms: sender };
      await Promise.all([deliverPending(d1.db, senders, () => new Date()), deliverPending(d2.db, senders, () => new Date())]);
      const [dup] = await queryRows<{ n: number; distinct: number }>(
        d1.db,
        sql`select count(*)::int as n, count(distinct (outbox_id, user_id))::int as distinct from notifications`,
      );
      expect(dup.n).toBe(dup.distinct);
      const [deliveries] = await queryRows<{ n: number }>(d1.db, sql`select count(*)::int as n from deliveries where state = 'sent'`);
      // Unit 0's three staff get each of its messages: the assignment, two weekly reminders, the adjustment window closing.
      const [forUnit] = await queryRows<{ n: number }>(d1.db, sql`select count(*)::int as n from outbox where recipient_org_id = ${c.unitIds[0]}`);
      expect(forUnit.n).toBe(4);
      expect(deliveries.n).toBe(3 * forUnit.n);
      expect(sent.length).toBe(3 * forUnit.n);
      expect(new Set(sent).size).toBe(3 * forUnit.n);
      await app.close();
    } finally {
      await d2.close();
      await d1.close();
    }
  });
});
