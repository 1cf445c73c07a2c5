/**
 * Issue 18 §2: the maintained statistics stay exact. Two checks: every counter equals a full recount of
 * the items' facts, and GET /api/statistics's figures from the counters equal those counted afresh from
 * the items, for every scope an account asks for.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../server/db/client';
import { recountStatCounters, type CounterRow } from '../../server/db/stat-counters';
import { users } from '../../server/db/schema';
import { bodyOf, toActor } from '../../server/auth/sessions';
import { queryStatistics, queryUnitStatistics, type StatsScope } from '../../server/queries/statistics/figures';
import { queryLedger, type LedgerFilter } from '../../server/queries/ledger';

const key = (r: CounterRow) => `${r.unit_id}/${r.congress_id}/${r.session_id}/${r.kind}/${r.name}`;

/** The counters that differ from a full recount, as `cell: kept ≠ recounted`. */
export async function counterDrift(db: Db): Promise<string[]> {
  const kept = await queryRows<CounterRow>(db, sql`select * from stat_counts where value <> 0`);
  const fresh = await recountStatCounters(db);
  const a = new Map(kept.map((r) => [key(r), r.value]));
  const b = new Map(fresh.map((r) => [key(r), r.value]));
  const drift: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) if (a.get(k) !== b.get(k)) drift.push(`${k}: kept ${a.get(k) ?? 0} ≠ recounted ${b.get(k) ?? 0}`);
  return drift;
}

/** The scopes a user's statistics are asked in: whole, each stream, body, session, year, unit. */
async function scopesFor(db: Db): Promise<StatsScope[]> {
  const scopes: StatsScope[] = [{}, { kind: 'suggestion' }, { kind: 'proposal' }, { body: 'congress' }, { body: 'cppcc' }];
  for (const s of await queryRows<{ id: number; year: number }>(db, sql`select id, year from sessions order by id`)) {
    scopes.push({ sessionId: s.id }, { year: s.year }, { sessionId: s.id, kind: 'suggestion' });
  }
  const units = await queryRows<{ id: number }>(db, sql`select distinct unit_id as id from tasks order by 1 limit 12`);
  for (const u of units) scopes.push({ unitId: u.id });
  return scopes;
}

async function actorOf(db: Db, username: string) {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return toActor(u, null, await bodyOf(db, u.congressId));
}

/**
 * For each user and filter the counters serve (session, stream, unit, states), the ledger's total from them against a count;
 * and its pages — a unit's read from the unit's facts (queries/ledger.ts) — against the same pages read from the items alone:
 * pages 1 and 2 and the page after the first page's cursor, in both orders of each sort.
 */
export async function ledgerDrift(db: Db, usernames: string[]): Promise<{ drift: string[]; compared: number }> {
  const drift: string[] = [];
  let compared = 0;
  const sessions = await queryRows<{ id: number }>(db, sql`select id from sessions order by id`);
  const units = await queryRows<{ id: number }>(db, sql`select distinct unit_id as id from tasks order by 1 limit 6`);
  const states = [['submitted'], ['handling', 'rehandling'], ['closed'], ['replied', 'dissatisfied']];
  const filters: Partial<LedgerFilter>[] = [{}, { kind: 'suggestion' }, { kind: 'proposal' }, ...states.map((state) => ({ state }))];
  for (const s of sessions) filters.push({ sessionId: s.id }, { sessionId: s.id, state: ['handling'] });
  for (const u of units) filters.push({ unitId: u.id }, { unitId: u.id, state: ['replied', 'closed'] }, { unitId: u.id, taskRole: 'lead' });
  const sorts: Partial<LedgerFilter>[] = [{ sort: 'due' }, { sort: 'due', order: 'desc' }, { sort: 'number' }, { sort: 'number', order: 'desc' }];
  const pageOf = (r: Awaited<ReturnType<typeof queryLedger>>) =>
    JSON.stringify({ total: r.total, ids: r.rows.map((x) => (x as Record<string, unknown>).id), next: r.nextCursor });
  for (const username of usernames) {
    const actor = await actorOf(db, username);
    for (const f of filters) {
      const q = { page: 1, pageSize: 5, ...f };
      const [kept, fresh] = [(await queryLedger(db, actor, q)).total, (await queryLedger(db, actor, q, new Date(), { recount: true })).total];
      compared++;
      if (kept !== fresh) drift.push(`${username} ${JSON.stringify(f)}: counters ${kept} ≠ count ${fresh}`);
      if (!f.unitId && !actor.organizationId) continue;
      for (const sort of sorts) {
        const first = await queryLedger(db, actor, { ...q, ...sort });
        const pages = [{ ...q, ...sort }, { ...q, ...sort, page: 2 }, ...(first.nextCursor ? [{ ...q, ...sort, after: first.nextCursor }] : [])];
        for (const p of pages) {
          const [walked, read] = [pageOf(await queryLedger(db, actor, p)), pageOf(await queryLedger(db, actor, p, new Date(), { recount: true }))];
          compared++;
          if (walked !== read) drift.push(`${username} ${JSON.stringify(p)}: from the facts ${walked} ≠ from the items ${read}`);
        }
      }
    }
  }
  return { drift, compared };
}

/** For each user and scope, the figures from the counters that differ from a recount over the items. */
export async function figureDrift(db: Db, usernames: string[], now: Date): Promise<{ drift: string[]; compared: number }> {
  const drift: string[] = [];
  let compared = 0;
  const scopes = await scopesFor(db);
  for (const username of usernames) {
    const actor = await actorOf(db, username);
    const own = actor.organizationId;
    for (const s of [...scopes, ...(own ? [{ unitId: own }] : [])]) {
      const kept = JSON.stringify(await queryStatistics(db, actor, s, now));
      const fresh = JSON.stringify(await queryStatistics(db, actor, s, now, { recount: true }));
      compared++;
      if (kept !== fresh) drift.push(`${username} ${JSON.stringify(s)}:\n  kept      ${kept}\n  recounted ${fresh}`);
    }
    for (const s of await queryRows<{ id: number }>(db, sql`select id from sessions order by id`)) {
      const kept = JSON.stringify(await queryUnitStatistics(db, actor, s.id));
      const fresh = JSON.stringify(await queryUnitStatistics(db, actor, s.id, { recount: true }));
      compared++;
      if (kept !== fresh) drift.push(`${username} units of session ${s.id}:\n  kept      ${kept}\n  recounted ${fresh}`);
    }
  }
  return { drift, compared };
}
