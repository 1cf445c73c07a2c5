import { sql, type SQL } from 'drizzle-orm';
import { rate, sharesOf } from '../../domain/stats';
import type { Actor } from '../auth/actor';
import { isUnitRole } from '../../domain/items/roles';
import { queryRows, type Db } from '../db/client';
import { stateIn, stateNotIn } from '../db/state-sql';
import { ANSWERED_ITEM_STATES, DONE_TASK_STATES, INACTIVE_TASK_STATES, UNACCEPTED_ITEM_STATES } from '../../domain/items/states';
import { itemScope } from '../auth/item-scope';
import type { StatsKind } from '../../domain/stats/streams';
import type { Body } from '../../domain/levels/levels';

export interface StatsScope {
  sessionId?: number;
  /** The sessions of a year (the roll-up compares bodies whose sessions differ; the government office's two bodies meet the same year). */
  year?: number;
  /** One stream (§8): 代表建议 or 政协提案; absent: both. */
  kind?: StatsKind;
  /** The items of one kind of body, its congress's or a CPPCC committee's: each body's own figures. */
  body?: Body;
  unitId?: number;
  categoryId?: number;
  delegationId?: number;
  deputyId?: number;
  from?: string;
  to?: string;
}

/** `items.congress_id` among `ids` (none: no item). */
function congressIn(ids: number[]): SQL {
  if (ids.length === 0) return sql`false`;
  if (ids.length === 1) return sql`items.congress_id = ${ids[0]}`;
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  return sql`items.congress_id in (${list})`;
}

/**
 * The items R-STAT-1 figures count: the actor's scope narrowed by the scope
 * filters, without items that were never accepted. Shared by the statistics
 * and the dashboard's per-unit and per-category figures.
 */
export function statsScope(actor: Actor, s: StatsScope, o: { handedDown?: boolean } = {}): SQL {
  const where: SQL[] = [itemScope(actor), stateNotIn('items.state', UNACCEPTED_ITEM_STATES)];
  // An office's figures are its own bodies': items a higher level handed down to it count there (R-ASSIGN-4),
  // unless asked for (`handedDown`: what an office handles, GET /api/statistics/by-body). The liaison office's
  // (and a proposal committee's) body is its own; the government office's its congress and the CPPCC committee
  // beside it (§8: one office, two bodies).
  // Values, not a subquery (the bodies beside come with the session): the planner sees `congress_id in (1, 2)`.
  const own = actor.congressId ?? -1;
  const bodies = actor.role === 'governmentOffice' ? [own, ...actor.bodiesBeside] : actor.role === 'liaisonOffice' ? [own] : null;
  if (bodies && !o.handedDown) {
    // The office knows which body each of its own is: its own is of its body, those beside are CPPCC committees.
    const ids = s.body ? bodies.filter((id) => (id === own ? actor.body : 'cppcc') === s.body) : bodies;
    where.push(congressIn(ids));
  } else if (s.body) where.push(sql`items.congress_id in (select cb.id from congresses cb where cb.body = ${s.body})`);
  if (s.kind) where.push(sql`items.kind = ${s.kind}`);
  if (s.sessionId) where.push(sql`items.session_id = ${s.sessionId}`);
  if (s.year) where.push(sql`items.session_id in (select id from sessions where year = ${s.year})`);
  if (s.unitId) where.push(sql`exists (select 1 from tasks t0 where t0.item_id = items.id and t0.unit_id = ${s.unitId} and t0.state <> 'withdrawn')`);
  if (s.categoryId)
    where.push(sql`(items.category_id = ${s.categoryId} or items.category_id in (select id from categories where parent_id = ${s.categoryId}))`);
  if (s.delegationId) where.push(sql`items.delegation_id = ${s.delegationId}`);
  if (s.deputyId) where.push(sql`exists (select 1 from item_signers sg where sg.item_id = items.id and sg.deputy_id = ${s.deputyId})`);
  if (s.from) where.push(sql`items.submitted_at >= ${s.from}::date`);
  if (s.to) where.push(sql`items.submitted_at < (${s.to}::date + 1)`);
  return sql.join(where, sql` and `);
}

/**
 * R-STAT-1 figures for any scope: items, replies and rates, A/B/C and
 * satisfaction counts with shares that add up to 100.00% (largest
 * remainder), contacts and rates, struck-off commitments, re-handled items.
 * A unit's figures count co-handling like leading (R-CO-2).
 */
export async function queryStatistics(db: Db, actor: Actor, s: StatsScope) {
  const w = statsScope(actor, s);
  // A unit's figures are its own part only (its contacts, its commitments), whatever unitId it asks for;
  // its items are already narrowed to its own by itemScope.
  const ownUnit = isUnitRole(actor.role) ? (actor.organizationId ?? -1) : s.unitId;
  const unitFilter = ownUnit ? sql`and x.unit_id = ${ownUnit}` : sql``;
  // One pass per table (issue 6, EXPLAIN on 200,000 items): the items' own counts together, then
  // evaluations, contacts and commitments each joined once to the scope's ids.
  const [r] = await queryRows<Record<string, number>>(
    db,
    sql`
    with scope as materialized (
      select items.id, items.state, items.assigned_on, items.reply_due, items.result_class, items.round from items where ${w}),
    firsts as (
      select r.item_id, min(r.sent_on) as first_sent from replies r join scope on scope.id = r.item_id
      where r.state = 'sent' and r.round = 1 group by r.item_id),
    own as (
      select count(*)::int as items,
        count(*) filter (where ${stateIn('state', ANSWERED_ITEM_STATES)} and assigned_on is not null)::int as replied,
        count(*) filter (where assigned_on is not null)::int as assigned,
        count(*) filter (where result_class = 'A')::int as class_a,
        count(*) filter (where result_class = 'B')::int as class_b,
        count(*) filter (where result_class = 'C')::int as class_c,
        count(*) filter (where round > 1)::int as rehandled
      from scope),
    reference as (
      select count(*)::int as reference_items from scope where exists (select 1 from tasks t where t.item_id = scope.id and t.role = 'reference')),
    timely as (
      select count(*)::int as on_time from scope join firsts f on f.item_id = scope.id where scope.reply_due is not null and f.first_sent <= scope.reply_due),
    evaluated as (
      select count(*) filter (where e.result = 'satisfied')::int as satisfied,
        count(*) filter (where e.result = 'basicallySatisfied')::int as basically,
        count(*) filter (where e.result = 'dissatisfied')::int as dissatisfied
      from evaluations e join scope on scope.id = e.item_id and e.round = scope.round),
    contacted as (
      select count(*)::int as contacts, count(distinct x.item_id)::int as contacted_items,
        count(distinct x.item_id) filter (where x.face_to_face)::int as visited_items
      from contacts x join scope on scope.id = x.item_id where scope.assigned_on is not null ${unitFilter}),
    committed as (
      select count(*)::int as commitments, count(*) filter (where x.state = 'struckOff')::int as struck_off
      from commitments x join scope on scope.id = x.item_id where true ${unitFilter})
    select * from own, reference, timely, evaluated, contacted, committed
  `,
  );
  const classes = [r.class_a, r.class_b, r.class_c];
  const sat = [r.satisfied, r.basically, r.dissatisfied];
  const [shareA, shareB, shareC] = sharesOf(classes);
  const [shareSat, shareBasic, shareDis] = sharesOf(sat);
  return {
    items: r.items,
    assigned: r.assigned,
    referenceItems: r.reference_items,
    replied: r.replied,
    // Reference items have no assignment date, so `assigned` already leaves them out.
    replyRate: rate(r.replied, r.assigned),
    onTime: r.on_time,
    onTimeRate: rate(r.on_time, r.replied),
    resultClasses: {
      A: { count: r.class_a, share: shareA },
      B: { count: r.class_b, share: shareB },
      C: { count: r.class_c, share: shareC },
    },
    evaluations: {
      satisfied: { count: r.satisfied, share: shareSat },
      basicallySatisfied: { count: r.basically, share: shareBasic },
      dissatisfied: { count: r.dissatisfied, share: shareDis },
      satisfactionRate: rate(r.satisfied + r.basically, r.satisfied + r.basically + r.dissatisfied),
    },
    contacts: r.contacts,
    contactRate: rate(r.contacted_items, r.assigned),
    faceToFaceRate: rate(r.visited_items, r.assigned),
    commitments: r.commitments,
    commitmentsStruckOff: r.struck_off,
    rehandled: r.rehandled,
  };
}

/** Per-unit figures of a session (R-STAT-1, R-SUP-4): lead and co-handling side by side. */
export async function queryUnitStatistics(db: Db, actor: Actor, sessionId: number) {
  return queryRows<{ unitId: number; unitName: string; leadItems: number; coItems: number; done: number; overdue: number }>(
    db,
    sql`
    select o.id as "unitId", o.name as "unitName",
      count(*) filter (where t.role in ('lead','split'))::int as "leadItems",
      count(*) filter (where t.role = 'co')::int as "coItems",
      count(*) filter (where ${stateIn('t.state', DONE_TASK_STATES)})::int as "done",
      count(*) filter (where t.state = 'assigned' and t.due_date < current_date)::int as "overdue"
    from tasks t
    join items on items.id = t.item_id
    join organizations o on o.id = t.unit_id
    where items.session_id = ${sessionId} and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} and ${itemScope(actor)}
    group by o.id, o.name order by o.name`,
  );
}
