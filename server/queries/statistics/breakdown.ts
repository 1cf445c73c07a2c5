import { sql, type SQL } from 'drizzle-orm';
import { isUnitRole } from '../../../domain/items/roles';
import { ANSWERED_ITEM_STATES, INACTIVE_TASK_STATES } from '../../../domain/items/states';
import { classShares, rate, sharesOf } from '../../../domain/stats';
import { RESULT_CLASSES } from '../../../domain/items/kinds';

const THREE_CODES = ['A', 'B', 'C'] as const;
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { stateIn, stateNotIn } from '../../db/state-sql';
import { streamWords } from '../../../domain/documents/stream-words';
import { viewKinds } from '../../../domain/stats/streams';
import { firstReplies, statsScope, type StatsScope } from './figures';
import { rulesInScope } from './rules-in-scope';

/** The R-STAT-1 figures of one group of items (a unit's lead or co part, a category, a delegation, a deputy). */
export interface GroupFigures {
  items: number;
  assigned: number;
  replied: number;
  replyRate: number | null;
  onTime: number;
  onTimeRate: number | null;
  resultClasses: { A: Share; B: Share; C: Share; D?: Share };
  evaluations: { satisfied: Share; basicallySatisfied: Share; dissatisfied: Share; satisfactionRate: number | null };
  contacts: number;
  contactRate: number | null;
  faceToFaceRate: number | null;
  rehandled: number;
  commitmentsStruckOff: number;
}
interface Share {
  count: number;
  share: number;
}

export type Raw = {
  key: number | null;
  name: string | null;
  grp: string;
  items: number;
  assigned: number;
  replied: number;
  on_time: number;
  a: number;
  b: number;
  c: number;
  d: number;
  sat: number;
  basic: number;
  dis: number;
  contacts: number;
  contacted: number;
  visited: number;
  rehandled: number;
  struck: number;
  /** the scope's rules profile has four result classes (issue 17 §2): D is shown even where a group has none */
  four?: boolean;
};

/**
 * Aggregates the figures over `parts`: a query yielding (key, name, grp,
 * item_id, unit_id, done, on_time) rows — one per item and group. When a
 * part names a unit, contacts, visits and struck-off commitments are that
 * unit's own; otherwise every unit's. `handedDown`: with the items a higher
 * level handed down to an office (statsScope).
 */
export async function figuresOver(db: Db, actor: Actor, s: StatsScope, parts: SQL, o: { handedDown?: boolean } = {}): Promise<Raw[]> {
  const rules = await rulesInScope(db, actor, s);
  const four = rules.all.some((r) => r.resultClasses.length === 4);
  const rows = await queryRows<Raw>(
    db,
    sql`
    with scope as (select items.* from items where ${statsScope(actor, s, o)}),
    firsts as (${firstReplies}),
    ev as (
      select e.item_id,
        count(*) filter (where e.result = 'satisfied') as sat,
        count(*) filter (where e.result = 'basicallySatisfied') as basic,
        count(*) filter (where e.result = 'dissatisfied') as dis
      from evaluations e join scope on scope.id = e.item_id and e.round = scope.round group by e.item_id),
    p as (${parts})
    select p.key, p.name, p.grp,
      count(*)::int as items,
      count(*) filter (where scope.assigned_on is not null)::int as assigned,
      count(*) filter (where p.done)::int as replied,
      count(*) filter (where p.on_time)::int as on_time,
      count(*) filter (where scope.result_class = 'A')::int as a,
      count(*) filter (where scope.result_class = 'B')::int as b,
      count(*) filter (where scope.result_class = 'C')::int as c,
      count(*) filter (where scope.result_class = 'D')::int as d,
      coalesce(sum(ev.sat), 0)::int as sat,
      coalesce(sum(ev.basic), 0)::int as basic,
      coalesce(sum(ev.dis), 0)::int as dis,
      coalesce(sum(x.n), 0)::int as contacts,
      count(*) filter (where scope.assigned_on is not null and x.n > 0)::int as contacted,
      count(*) filter (where scope.assigned_on is not null and x.f > 0)::int as visited,
      count(*) filter (where scope.round > 1)::int as rehandled,
      coalesce(sum(k.n), 0)::int as struck
    from p
    join scope on scope.id = p.item_id
    left join firsts f on f.item_id = scope.id
    left join ev on ev.item_id = scope.id
    left join lateral (
      select count(*) as n, count(*) filter (where cx.face_to_face) as f from contacts cx
      where cx.item_id = scope.id and (p.unit_id is null or cx.unit_id = p.unit_id)) x on true
    left join lateral (
      select count(*) as n from commitments cm
      where cm.item_id = scope.id and cm.state = 'struckOff' and (p.unit_id is null or cm.unit_id = p.unit_id)) k on true
    group by p.key, p.name, p.grp
    order by count(*) desc, p.name`,
  );
  return rows.map((r) => ({ ...r, four }));
}

const COUNTS = [
  'items',
  'assigned',
  'replied',
  'on_time',
  'a',
  'b',
  'c',
  'd',
  'sat',
  'basic',
  'dis',
  'contacts',
  'contacted',
  'visited',
  'rehandled',
  'struck',
] as const;
/** Two groups' counts added (a deputy's led and co-signed items, which never overlap). */
function addRaw(x: Raw, y: Raw): Raw {
  const out = { ...x };
  for (const k of COUNTS) out[k] = x[k] + y[k];
  return out;
}

/** A group's figures; D among the classes when the scope's profile has four (`four`) or the group has D items. */
export function shape(r: Raw): GroupFigures {
  const shown = !!r.four || r.d > 0 ? RESULT_CLASSES : THREE_CODES;
  const [s1, s2, s3] = sharesOf([r.sat, r.basic, r.dis]);
  return {
    items: r.items,
    assigned: r.assigned,
    replied: r.replied,
    replyRate: rate(r.replied, r.assigned),
    onTime: r.on_time,
    onTimeRate: rate(r.on_time, r.replied),
    resultClasses: classShares(shown, { A: r.a, B: r.b, C: r.c, D: r.d }),
    evaluations: {
      satisfied: { count: r.sat, share: s1 },
      basicallySatisfied: { count: r.basic, share: s2 },
      dissatisfied: { count: r.dis, share: s3 },
      satisfactionRate: rate(r.sat + r.basic, r.sat + r.basic + r.dis),
    },
    contacts: r.contacts,
    contactRate: rate(r.contacted, r.assigned),
    faceToFaceRate: rate(r.visited, r.assigned),
    rehandled: r.rehandled,
    commitmentsStruckOff: r.struck,
  };
}

/** Item-level parts: replied by the item's state, on time by its first reply against the reply deadline (as GET /api/statistics). */
export const itemPart = sql`scope.assigned_on is not null and ${stateIn('scope.state', ANSWERED_ITEM_STATES)}`;
/** On time only once replied (R-STAT-1: on time ≤ replied): answered by the reply deadline. */
export const itemOnTime = sql`(${itemPart} and coalesce((select f0.first_sent from firsts f0 where f0.item_id = scope.id) <= scope.reply_due, false))`;

/** A group's share of the items (R-STAT-1: the groups' shares add up to 100.00) — where each item is in one group. */
export function withItemShares<T extends { items: number }>(rows: T[]): (T & { share: number })[] {
  const shares = sharesOf(rows.map((r) => r.items));
  return rows.map((r, i) => ({ ...r, share: shares[i] }));
}

/** The words of the streams an actor's figures hold (§8): a CPPCC committee's 委员 and 界别, both for those who handle both. */
export function wordsOfScope(actor: Actor, s: StatsScope) {
  const bothStreams = actor.role === 'governmentOffice' || isUnitRole(actor.role);
  return streamWords(viewKinds({ body: actor.body, bothStreams, kind: s.kind }));
}

/**
 * R-STAT-1 by unit, lead (主办/单办/分办) and co-handling (会办) apart: a
 * part is replied when the unit's own first reply (round 1) was sent, or for
 * co-handling when its opinion was sent; on time against the item's reply
 * deadline, or the co-handling deadline. Contacts, visits and struck-off
 * commitments are the unit's own. A unit sees only its own rows.
 */
export async function queryUnitBreakdown(db: Db, actor: Actor, s: StatsScope) {
  const own = isUnitRole(actor.role) ? sql`t.unit_id = ${actor.organizationId ?? -1}` : s.unitId ? sql`t.unit_id = ${s.unitId}` : sql`true`;
  const rows = await figuresOver(
    db,
    actor,
    s,
    sql`
    select o.id as key, o.name, case when t.role = 'co' then 'co' else 'lead' end as grp, t.item_id, t.unit_id, d.done_on is not null as done,
      coalesce(d.done_on <= d.due_on, false) as on_time
    from tasks t
    join scope on scope.id = t.item_id
    join organizations o on o.id = t.unit_id
    cross join lateral (select
      case when t.role = 'co' then (select min((op.sent_at at time zone 'Asia/Shanghai')::date) from co_opinions op where op.task_id = t.id)
        else (select min(r.sent_on) from replies r where r.task_id = t.id and r.round = 1 and r.state = 'sent') end as done_on,
      case when t.role = 'co' then t.due_date else scope.reply_due end as due_on) d
    where t.role in ('lead','split','co') and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} and ${own}`,
  );
  const units = new Map<number, { unitId: number; unitName: string; lead: GroupFigures | null; co: GroupFigures | null }>();
  for (const r of rows) {
    const u = units.get(r.key!) ?? { unitId: r.key!, unitName: r.name ?? '', lead: null, co: null };
    u[r.grp as 'lead' | 'co'] = shape(r);
    units.set(r.key!, u);
  }
  return [...units.values()].sort((a, b) => (b.lead?.items ?? 0) + (b.co?.items ?? 0) - ((a.lead?.items ?? 0) + (a.co?.items ?? 0)) || a.unitId - b.unitId);
}

/** R-STAT-1 by top-level category (sub-categories roll up; no category → 未分类). */
export async function queryCategoryBreakdown(db: Db, actor: Actor, s: StatsScope) {
  const rows = await figuresOver(
    db,
    actor,
    s,
    sql`
    select top.id as key, coalesce(top.name, '未分类') as name, 'all' as grp, scope.id as item_id, null::int as unit_id,
      ${itemPart} as done, ${itemOnTime} as on_time
    from scope left join categories c on c.id = scope.category_id left join categories top on top.id = coalesce(c.parent_id, c.id)`,
  );
  return withItemShares(rows.map((r) => ({ categoryId: r.key, name: r.name ?? '未分类', ...shape(r) })));
}

/**
 * R-STAT-1 by delegation (代表团), in a CPPCC committee by sector (界别: a member's sector is their
 * `delegation_id`); items without one counted apart (无代表团, 无界别).
 */
export async function queryDelegationBreakdown(db: Db, actor: Actor, s: StatsScope) {
  const none = `无${wordsOfScope(actor, s).group}`;
  const rows = await figuresOver(
    db,
    actor,
    s,
    sql`
    select o.id as key, o.name, 'all' as grp, scope.id as item_id, null::int as unit_id,
      ${itemPart} as done, ${itemOnTime} as on_time
    from scope left join organizations o on o.id = scope.delegation_id`,
  );
  return withItemShares(rows.map((r) => ({ delegationId: r.key, name: r.name ?? none, ...shape(r) })));
}

/**
 * R-STAT-1 by deputy: every item a deputy leads or co-signed (not declined);
 * `led` counts those the deputy leads. A deputy sees only their own row.
 */
export async function queryDeputyBreakdown(db: Db, actor: Actor, s: StatsScope) {
  const own = actor.role === 'deputy' ? sql`sg.deputy_id = ${actor.deputyId ?? -1}` : s.deputyId ? sql`sg.deputy_id = ${s.deputyId}` : sql`true`;
  const rows = await figuresOver(
    db,
    actor,
    s,
    sql`
    select dp.id as key, dp.name, case when sg.is_lead then 'lead' else 'cosigned' end as grp, scope.id as item_id, null::int as unit_id,
      ${itemPart} as done, ${itemOnTime} as on_time
    from scope join item_signers sg on sg.item_id = scope.id and sg.status <> 'declined' join deputies dp on dp.id = sg.deputy_id
    where ${own}`,
  );
  // One row per deputy: figures over all their items, and how many they lead.
  const merged = new Map<number, { deputyId: number; name: string; led: number; raws: Raw[] }>();
  for (const r of rows) {
    const m = merged.get(r.key!) ?? { deputyId: r.key!, name: r.name ?? '', led: 0, raws: [] };
    if (r.grp === 'lead') m.led = r.items;
    m.raws.push(r);
    merged.set(r.key!, m);
  }
  return [...merged.values()]
    .map((m) => ({ deputyId: m.deputyId, name: m.name, led: m.led, ...shape(m.raws.reduce(addRaw)) }))
    .sort((a, b) => b.items - a.items || a.deputyId - b.deputyId);
}

/**
 * Satisfaction against resolution (被满意) per unit, lead and co-handling
 * together (R-CO-2): the share of evaluations satisfied or basically
 * satisfied beside the share of the unit's classed items that are A
 * (solved); `satisfiedNotSolved` counts evaluated items where every
 * evaluation of the current round is (basically) satisfied but the class is
 * B or C — the deputies were satisfied with the handling, not the result.
 */
export async function querySatisfactionVsResolution(db: Db, actor: Actor, s: StatsScope) {
  const own = isUnitRole(actor.role) ? sql`t.unit_id = ${actor.organizationId ?? -1}` : s.unitId ? sql`t.unit_id = ${s.unitId}` : sql`true`;
  const rows = await queryRows<{
    unitId: number;
    unitName: string;
    items: number;
    classed: number;
    classA: number;
    evaluations: number;
    satisfied: number;
    evaluatedItems: number;
    satisfiedNotSolved: number;
  }>(
    db,
    sql`
    with scope as (select items.* from items where ${statsScope(actor, s)}),
    ev as (
      select e.item_id, count(*) as n, count(*) filter (where e.result in ('satisfied','basicallySatisfied')) as ok
      from evaluations e join scope on scope.id = e.item_id and e.round = scope.round group by e.item_id),
    p as (
      select distinct t.unit_id, t.item_id from tasks t join scope on scope.id = t.item_id
      where t.role in ('lead','split','co') and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} and ${own})
    select o.id as "unitId", o.name as "unitName",
      count(*)::int as "items",
      count(*) filter (where scope.result_class is not null)::int as "classed",
      count(*) filter (where scope.result_class = 'A')::int as "classA",
      coalesce(sum(ev.n), 0)::int as "evaluations",
      coalesce(sum(ev.ok), 0)::int as "satisfied",
      count(ev.item_id)::int as "evaluatedItems",
      count(*) filter (where ev.n > 0 and ev.ok = ev.n and scope.result_class in ('B','C'))::int as "satisfiedNotSolved"
    from p join scope on scope.id = p.item_id join organizations o on o.id = p.unit_id left join ev on ev.item_id = scope.id
    group by o.id, o.name
    order by o.id`,
  );
  return rows.map((r) => {
    const satisfiedShare = rate(r.satisfied, r.evaluations);
    const solvedShare = rate(r.classA, r.classed);
    return {
      ...r,
      satisfiedShare,
      solvedShare,
      /** percentage points by which satisfaction exceeds resolution */
      gap: satisfiedShare === null || solvedShare === null ? null : Math.round((satisfiedShare - solvedShare) * 100) / 100,
    };
  });
}
