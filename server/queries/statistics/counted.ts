/**
 * The R-STAT-1 figures of a scope read from the maintained counters (server/db/stat-counters.ts): a sum
 * over a few hundred rows of `stat_counts` instead of an aggregate over every item, task, reply,
 * evaluation and contact of the scope (issue 18 §2). Scopes the counters are not cut by — a category, a
 * delegation, a deputy, a date range, a deputy's or a delegation's own view — return null and are counted
 * afresh by queryStatistics; so does any caller that asks for a recount (the exactness test compares both).
 */
import { sql, type SQL } from 'drizzle-orm';
import { sharesOf } from '../../../domain/stats';
import type { IntakeFigures } from '../../../domain/reports/report-text';
import { isUnitRole } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { itemScopeParts } from '../../auth/item-scope';
import { officeBodyIds, type StatsScope } from './figures';

/**
 * The counters' cells of a scope: one unit perspective (0: whole items) and conditions on the cell keys
 * (alias `c`); null when the counters are not cut that way. An office's cells are its own bodies' items.
 */
export function counterCells(actor: Actor, s: StatsScope): { unit: number; where: SQL[] } | null {
  if (s.categoryId || s.delegationId || s.deputyId || s.from || s.to) return null;
  const where: SQL[] = [];
  let unit = s.unitId ?? 0;
  const bodies = officeBodyIds(actor, s);
  const ofBody = s.body ? sql`c.congress_id in (select cb.id from congresses cb where cb.body = ${s.body})` : null;
  if (bodies)
    where.push(
      bodies.length
        ? sql`c.congress_id in (${sql.join(
            bodies.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  else if (actor.role === 'supervisor' || actor.role === 'townshipPresidium') {
    where.push(sql`c.congress_id = ${actor.congressId ?? -1}`);
    if (ofBody) where.push(ofBody);
  } else if (isUnitRole(actor.role)) {
    // A unit's scope is its own parts: its perspective (another unit's within its own would be an intersection).
    const own = actor.organizationId ?? -1;
    if (s.unitId && s.unitId !== own) return null;
    unit = own;
    if (ofBody) where.push(ofBody);
  } else return null;
  if (s.kind) where.push(sql`c.kind = ${s.kind}`);
  if (s.sessionId) where.push(sql`c.session_id = ${s.sessionId}`);
  if (s.year) where.push(sql`c.session_id in (select y.id from sessions y where y.year = ${s.year})`);
  return { unit, where };
}

/** queryStatistics' aggregate row, counted afresh or summed from the counters. */
export type AggregateRow = Record<AggregateField, number> & { last_first_reply_on: string | null; last_reply_on: string | null };
type AggregateField =
  | 'items'
  | 'replied'
  | 'assigned'
  | 'class_a'
  | 'class_b'
  | 'class_c'
  | 'class_d'
  | 'rehandled'
  | 'closed'
  | 'on_time'
  | 'satisfied'
  | 'basically'
  | 'dissatisfied'
  | 'first_satisfied'
  | 'first_basically'
  | 'first_dissatisfied'
  | 'contacts'
  | 'contacted_items'
  | 'visited_items'
  | 'commitments'
  | 'struck_off'
  | 'lead_units'
  | 'handling_units'
  | 'routed_government'
  | 'routed_other'
  | 'routed_joint';

export interface CountedFigures {
  r: AggregateRow;
  intake: IntakeFigures;
  categories: { categoryId: number | null; name: string; count: number; share: number }[];
}

export async function countedFigures(db: Db, actor: Actor, s: StatsScope): Promise<CountedFigures | null> {
  const cells = counterCells(actor, s);
  if (!cells) return null;
  const where = sql.join([sql`c.unit_id = ${cells.unit}`, ...cells.where], sql` and `);
  const [rows, [days]] = await Promise.all([
    queryRows<{ name: string; value: number }>(
      db,
      sql`select c.name, sum(c.value)::int as value from stat_counts c where ${where} group by c.name having sum(c.value) <> 0`,
    ),
    // The last days are maxima, read per cell (congress, session, kind) from the facts' indexes.
    queryRows<{ last_first_reply_on: string | null; last_reply_on: string | null }>(
      db,
      sql`select max(a.d)::text as last_first_reply_on, max(b.d)::text as last_reply_on
        from (select c.congress_id, c.session_id, c.kind from stat_counts c where ${where} and c.name = 'replied' and c.value > 0) k
        cross join lateral (select max(f.first_day) as d from stat_facts f
          where f.unit_id = ${cells.unit} and f.congress_id = k.congress_id and f.session_id = k.session_id and f.kind = k.kind) a
        cross join lateral (select max(f.reply_day) as d from stat_facts f
          where f.unit_id = ${cells.unit} and f.congress_id = k.congress_id and f.session_id = k.session_id and f.kind = k.kind) b`,
    ),
  ]);
  const n = new Map(rows.map((x) => [x.name, x.value]));
  const get = (name: string) => n.get(name) ?? 0;
  const distinct = (prefix: string) => rows.filter((x) => x.name.startsWith(prefix) && x.value > 0).length;
  const r: AggregateRow = {
    items: get('items'),
    replied: get('replied'),
    assigned: get('assigned'),
    class_a: get('class:A'),
    class_b: get('class:B'),
    class_c: get('class:C'),
    class_d: get('class:D'),
    rehandled: get('rehandled'),
    closed: get('closed'),
    on_time: get('onTime'),
    satisfied: get('satisfied'),
    basically: get('basicallySatisfied'),
    dissatisfied: get('dissatisfied'),
    first_satisfied: get('firstSatisfied'),
    first_basically: get('firstBasicallySatisfied'),
    first_dissatisfied: get('firstDissatisfied'),
    contacts: get('contacts'),
    contacted_items: get('contactedItems'),
    visited_items: get('visitedItems'),
    commitments: get('commitments'),
    struck_off: get('struckOff'),
    lead_units: distinct('lead:'),
    handling_units: distinct('unit:'),
    routed_government: get('route:government'),
    routed_other: get('route:other'),
    routed_joint: get('route:joint'),
    last_first_reply_on: days?.last_first_reply_on ?? null,
    last_reply_on: days?.last_reply_on ?? null,
  };
  const intake = {
    received: get('intake:received'),
    registered: get('intake:registered'),
    reference: get('intake:reference'),
    returned: get('intake:returned'),
    merged: get('intake:merged'),
    notAccepted: get('intake:notAccepted'),
    withdrawn: get('intake:withdrawn'),
    pending: get('intake:pending'),
  };
  return { r, intake, categories: await categoryRows(db, rows) };
}

/** Each top-level category's count and share, in the order queryCategoryShares gives: most first, then the categories' order. */
async function categoryRows(db: Db, rows: { name: string; value: number }[]) {
  const counts = rows.filter((x) => x.name.startsWith('category:') && x.value > 0).map((x) => ({ key: x.name.slice('category:'.length), count: x.value }));
  const ids = counts.filter((c) => c.key !== 'none').map((c) => Number(c.key));
  const known = ids.length
    ? await queryRows<{ id: number; name: string; sort: number | null }>(
        db,
        sql`select id, name, sort from categories where id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      )
    : [];
  const byId = new Map(known.map((c) => [c.id, c]));
  const list = counts.map((c) => {
    const cat = c.key === 'none' ? undefined : byId.get(Number(c.key));
    return { categoryId: cat ? cat.id : null, name: cat?.name ?? '未分类', sort: cat?.sort ?? null, count: c.count };
  });
  // Nulls last, as PostgreSQL orders them ascending.
  const last = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v);
  list.sort((a, b) => b.count - a.count || last(a.sort) - last(b.sort) || last(a.categoryId) - last(b.categoryId));
  const shares = sharesOf(list.map((c) => c.count));
  return list.map((c, i) => ({ categoryId: c.categoryId, name: c.name, count: c.count, share: shares[i] }));
}

export interface UnitRow {
  unitId: number;
  unitName: string;
  leadItems: number;
  coItems: number;
  done: number;
  overdue: number;
}

/**
 * GET /api/statistics/units of an office or a supervisor from the counters: each unit's live parts of the
 * session (lead, co, done) summed from its own cells, and those overdue today counted from its facts. A
 * unit's own view (the other units on its items) and a session with items handed down to the office are
 * counted afresh (null).
 */
export async function countedUnitStatistics(db: Db, actor: Actor, sessionId: number): Promise<UnitRow[] | null> {
  if (isUnitRole(actor.role)) return null;
  const cells = counterCells(actor, { sessionId });
  if (!cells) return null;
  // Items handed down to an office are not in its cells: a session holding some is counted afresh.
  const [, handedDown] = itemScopeParts(actor);
  if (handedDown) {
    const [found] = await queryRows<{ any: boolean }>(
      db,
      sql`select exists (select 1 from items where ${handedDown} and items.session_id = ${sessionId}) as "any"`,
    );
    if (found.any) return null;
  }
  const where = sql.join(cells.where, sql` and `);
  return queryRows<UnitRow>(
    db,
    sql`with parts as (
        select c.unit_id, sum(c.value) filter (where c.name = 'task:any') as parts,
          coalesce(sum(c.value) filter (where c.name = 'task:lead'), 0)::int as lead, coalesce(sum(c.value) filter (where c.name = 'task:co'), 0)::int as co,
          coalesce(sum(c.value) filter (where c.name = 'task:done'), 0)::int as done
        from stat_counts c where c.unit_id <> 0 and ${where} and c.name in ('task:any', 'task:lead', 'task:co', 'task:done') group by c.unit_id),
      late as (
        select c.unit_id, count(*)::int as overdue from stat_facts c
        where c.unit_id <> 0 and ${where} and c.task_state = 'assigned' and c.task_due < current_date group by c.unit_id)
      select o.id as "unitId", o.name as "unitName", parts.lead as "leadItems", parts.co as "coItems", parts.done, coalesce(late.overdue, 0) as overdue
      from parts join organizations o on o.id = parts.unit_id left join late on late.unit_id = parts.unit_id
      where parts.parts > 0 order by o.name`,
  );
}
