import { sql, type SQL } from 'drizzle-orm';
import { classShares, rate, sharesOf, shownClasses } from '../../../domain/stats';
import { loadCalendar } from '../../rules/calendar';
import { queryCategoryShares, queryIntake, reportDates, unitSideSql } from './report-figures';
import { rulesInScope, type ScopeRules } from './rules-in-scope';
import { hotlineFiguresIn } from './hotline-figures';
import { countedFigures, countedUnitStatistics, type AggregateRow, type UnitRow } from './counted';
import type { Actor } from '../../auth/actor';
import { isUnitRole } from '../../../domain/items/roles';
import { queryRows, type Db } from '../../db/client';
import { stateIn, stateNotIn } from '../../db/state-sql';
import { ANSWERED_ITEM_STATES, DONE_TASK_STATES, INACTIVE_TASK_STATES, UNACCEPTED_ITEM_STATES } from '../../../domain/items/states';

/** Items not yet with the office: awaiting co-signers, or in the delegation's review first. */
const NOT_RECEIVED_ITEM_STATES = ['awaitingCosigners', 'delegationReview'] as const;
import { itemScope } from '../../auth/item-scope';
import type { StatsKind } from '../../../domain/stats/streams';
import type { Body } from '../../../domain/levels/levels';

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
 * An office's own bodies in a scope (null for any other role): the liaison office's (and a proposal
 * committee's) body is its own; the government office's its congress and the CPPCC committee beside it
 * (§8: one office, two bodies) — narrowed to `s.body`, as the office knows which body each of its own is.
 */
export function officeBodyIds(actor: Actor, s: StatsScope): number[] | null {
  const own = actor.congressId ?? -1;
  const bodies = actor.role === 'governmentOffice' ? [own, ...actor.bodiesBeside] : actor.role === 'liaisonOffice' ? [own] : null;
  if (!bodies) return null;
  return s.body ? bodies.filter((id) => (id === own ? actor.body : 'cppcc') === s.body) : bodies;
}

/**
 * The items R-STAT-1 figures count: the actor's scope narrowed by the scope
 * filters, without items that were never accepted. Shared by the statistics
 * and the dashboard's per-unit and per-category figures.
 */
export function statsScope(actor: Actor, s: StatsScope, o: { handedDown?: boolean; intake?: boolean } = {}): SQL {
  // `intake`: every item that reached the office (收到), accepted or not — those still with co-signers or the delegation have not.
  const where: SQL[] = [itemScope(actor), o.intake ? stateNotIn('items.state', NOT_RECEIVED_ITEM_STATES) : stateNotIn('items.state', UNACCEPTED_ITEM_STATES)];
  // An office's figures are its own bodies': items a higher level handed down to it count there (R-ASSIGN-4),
  // unless asked for (`handedDown`: what an office handles, GET /api/statistics/by-body).
  // Values, not a subquery (the bodies beside come with the session): the planner sees `congress_id in (1, 2)`.
  const ids = o.handedDown ? null : officeBodyIds(actor, s);
  if (ids) where.push(congressIn(ids));
  else if (s.body) where.push(sql`items.congress_id in (select cb.id from congresses cb where cb.body = ${s.body})`);
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
 * The day each item of `scope` was first answered (round 1): a split item is answered when its last part is,
 * so the latest of the parts' first replies, not the earliest — counting the earliest made a split item whose
 * other parts were still open "on time" before it was "replied" (108% on time, issue 17).
 */
export const firstReplies = sql`
  select per_task.item_id, max(per_task.first_sent) as first_sent from (
    select r.item_id, r.task_id, min(r.sent_on) as first_sent from replies r join scope on scope.id = r.item_id
    where r.state = 'sent' and r.round = 1 group by r.item_id, r.task_id) per_task
  group by per_task.item_id`;

/**
 * R-STAT-1 figures for any scope, and what published handling reports print beside them (issue 17 §3):
 * items, replies and rates, the result classes of the rules profile (A/B/C or A/B/C/D) and satisfaction
 * — final and first-round — with shares that add up to 100.00% (largest remainder), contacts and rates,
 * struck-off commitments, re-handled items; closed and 办结率; 交办率; the lead and handling units; the
 * routing split; received beside accepted (intake); each category's share; and the dates a report states.
 * A unit's figures count co-handling like leading (R-CO-2).
 */
/**
 * `known.rules`: the scope's profiles when the caller has read them already (the targets panel).
 * `known.recount`: count from the items themselves, not the maintained counters (the exactness test).
 */
export async function queryStatistics(db: Db, actor: Actor, s: StatsScope, now = new Date(), known: { rules?: ScopeRules; recount?: boolean } = {}) {
  const counted = known.recount ? null : await countedFigures(db, actor, s);
  const [r, intake, categories, rules, hotline] = await Promise.all([
    counted?.r ?? recountFigures(db, actor, s),
    counted?.intake ?? queryIntake(db, actor, s),
    counted?.categories ?? queryCategoryShares(db, actor, s),
    known.rules ?? rulesInScope(db, actor, s, now),
    hotlineFiguresIn(db, actor, s, now),
  ]);
  const classCounts = { A: r.class_a, B: r.class_b, C: r.class_c, D: r.class_d };
  const classScheme = shownClasses(
    rules.all.map((x) => x.resultClasses),
    classCounts,
  );
  const satisfaction = (sat: number, basic: number, dis: number) => {
    const [s1, s2, s3] = sharesOf([sat, basic, dis]);
    return {
      satisfied: { count: sat, share: s1 },
      basicallySatisfied: { count: basic, share: s2 },
      dissatisfied: { count: dis, share: s3 },
      satisfactionRate: rate(sat + basic, sat + basic + dis),
    };
  };
  const [gov, other, joint] = sharesOf([r.routed_government, r.routed_other, r.routed_joint]);
  // The evaluation window ends on the body's calendar (a window in working days skips its holidays).
  const calendar = rules.congressId ? await loadCalendar(db, rules.congressId) : null;
  return {
    items: r.items,
    assigned: r.assigned,
    // The accepted items made reference items (参阅件): counted once, by the intake (the same items).
    referenceItems: intake.reference,
    replied: r.replied,
    // Reference items have no assignment date, so `assigned` already leaves them out.
    replyRate: rate(r.replied, r.assigned),
    onTime: r.on_time,
    onTimeRate: rate(r.on_time, r.replied),
    classScheme,
    resultClasses: classShares(
      classScheme.map((d) => d.code),
      classCounts,
    ),
    evaluations: satisfaction(r.satisfied, r.basically, r.dissatisfied),
    firstRound: satisfaction(r.first_satisfied, r.first_basically, r.first_dissatisfied),
    contacts: r.contacts,
    contactedItems: r.contacted_items,
    visitedItems: r.visited_items,
    contactRate: rate(r.contacted_items, r.assigned),
    faceToFaceRate: rate(r.visited_items, r.assigned),
    commitments: r.commitments,
    commitmentsStruckOff: r.struck_off,
    rehandled: r.rehandled,
    closed: r.closed,
    closeRate: rate(r.closed, r.assigned),
    intake,
    /** 交办率: of the accepted items that are handled (not reference items), those formally assigned. */
    assignmentRate: rate(r.assigned, intake.registered),
    units: { lead: r.lead_units, handling: r.handling_units },
    routing: {
      government: { count: r.routed_government, share: gov },
      judicialAndOther: { count: r.routed_other, share: other },
      joint: { count: r.routed_joint, share: joint },
    },
    categories,
    hotline,
    dates: reportDates(
      { replied: r.replied, assigned: r.assigned, lastFirstReplyOn: r.last_first_reply_on, lastReplyOn: r.last_reply_on },
      rules,
      now,
      calendar,
    ),
  };
}

/** The aggregate row of queryStatistics counted afresh over the scope's items (scopes the counters do not hold). */
async function recountFigures(db: Db, actor: Actor, s: StatsScope) {
  const w = statsScope(actor, s);
  // A unit's figures are its own part only (its contacts, its commitments), whatever unitId it asks for;
  // its items are already narrowed to its own by itemScope.
  const ownUnit = isUnitRole(actor.role) ? (actor.organizationId ?? -1) : s.unitId;
  const unitFilter = ownUnit ? sql`and x.unit_id = ${ownUnit}` : sql``;
  // One pass per table (issue 6, EXPLAIN on 200,000 items): the items' own counts together, then
  // evaluations, contacts and commitments each joined once to the scope's ids.
  const [r] = await queryRows<AggregateRow>(
    db,
    sql`
    with scope as materialized (
      select items.id, items.state, items.assigned_on, items.reply_due, items.result_class, items.round, items.replied_on from items where ${w}),
    firsts as (${firstReplies}),
    own as (
      select count(*)::int as items,
        count(*) filter (where ${stateIn('state', ANSWERED_ITEM_STATES)} and assigned_on is not null)::int as replied,
        count(*) filter (where assigned_on is not null)::int as assigned,
        count(*) filter (where result_class = 'A')::int as class_a,
        count(*) filter (where result_class = 'B')::int as class_b,
        count(*) filter (where result_class = 'C')::int as class_c,
        count(*) filter (where result_class = 'D')::int as class_d,
        count(*) filter (where round > 1)::int as rehandled,
        count(*) filter (where state = 'closed' and assigned_on is not null)::int as closed,
        max(replied_on) filter (where ${stateIn('state', ANSWERED_ITEM_STATES)} and assigned_on is not null)::text as last_reply_on
      from scope),
    timely as (
      select count(*) filter (where f.first_sent <= scope.reply_due)::int as on_time, max(f.first_sent)::text as last_first_reply_on
      from scope join firsts f on f.item_id = scope.id
      where ${stateIn('scope.state', ANSWERED_ITEM_STATES)} and scope.assigned_on is not null),
    evaluated as (
      select count(*) filter (where e.result = 'satisfied' and e.round = scope.round)::int as satisfied,
        count(*) filter (where e.result = 'basicallySatisfied' and e.round = scope.round)::int as basically,
        count(*) filter (where e.result = 'dissatisfied' and e.round = scope.round)::int as dissatisfied,
        count(*) filter (where e.result = 'satisfied' and e.round = 1)::int as first_satisfied,
        count(*) filter (where e.result = 'basicallySatisfied' and e.round = 1)::int as first_basically,
        count(*) filter (where e.result = 'dissatisfied' and e.round = 1)::int as first_dissatisfied
      from evaluations e join scope on scope.id = e.item_id),
    contacted as (
      select count(*)::int as contacts, count(distinct x.item_id)::int as contacted_items,
        count(distinct x.item_id) filter (where x.face_to_face)::int as visited_items
      from contacts x join scope on scope.id = x.item_id where scope.assigned_on is not null ${unitFilter}),
    committed as (
      select count(*)::int as commitments, count(*) filter (where x.state = 'struckOff')::int as struck_off
      from commitments x join scope on scope.id = x.item_id where true ${unitFilter}),
    ${unitSideSql}
    select * from own, timely, evaluated, contacted, committed, handling_units, routing
  `,
  );
  return r;
}

/** Per-unit figures of a session (R-STAT-1, R-SUP-4): lead and co-handling side by side; `recount`: not from the counters. */
export async function queryUnitStatistics(db: Db, actor: Actor, sessionId: number, o: { recount?: boolean } = {}) {
  const counted = o.recount ? null : await countedUnitStatistics(db, actor, sessionId);
  if (counted) return counted;
  return queryRows<UnitRow>(
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
