/**
 * The targets panel (issue 17 §4): each target of the rules profile (Qinghai's 七个百分之百, seed 003) with
 * the scope's figure, numerator and denominator — the same counts GET /api/statistics gives — and the
 * handling units short of it, each by its own part: the items it leads or handles a split part of, its own
 * replies, contacts and published replies.
 */
import { sql } from 'drizzle-orm';
import { isUnitRole } from '../../../domain/items/roles';
import { INACTIVE_TASK_STATES } from '../../../domain/items/states';
import { meetsTarget, rate, TARGET_FIGURE_LABELS, type TargetFigure } from '../../../domain/stats';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { stateNotIn } from '../../db/state-sql';
import { queryStatistics, statsScope, type StatsScope } from './figures';
import { rulesInScope } from './rules-in-scope';

type Pair = { numerator: number; denominator: number };
type Counts = Record<TargetFigure, Pair | null>;

interface UnitRow {
  unitId: number;
  unitName: string;
  assigned: number;
  replied: number;
  onTime: number;
  contacted: number;
  visited: number;
  satisfied: number;
  evaluations: number;
  published: number;
  public: number;
  keyA: number;
  keyClassed: number;
  closed: number;
}

/** A figure's numerator over denominator from a unit's counts (a unit has no 交办率 of its own). */
function unitCounts(u: UnitRow): Counts {
  return {
    replied: { numerator: u.replied, denominator: u.assigned },
    onTime: { numerator: u.onTime, denominator: u.replied },
    contacted: { numerator: u.contacted, denominator: u.assigned },
    faceToFace: { numerator: u.visited, denominator: u.assigned },
    satisfied: { numerator: u.satisfied, denominator: u.evaluations },
    published: { numerator: u.published, denominator: u.public },
    keyClassA: { numerator: u.keyA, denominator: u.keyClassed },
    closed: { numerator: u.closed, denominator: u.assigned },
    assigned: null,
  };
}

export async function queryTargets(db: Db, actor: Actor, s: StatsScope, now = new Date()) {
  const rules = await rulesInScope(db, actor, s, now);
  const { title, items: defs } = rules.main.targets;
  if (defs.length === 0) return { title, targets: [] };
  const w = statsScope(actor, s);
  const own = isUnitRole(actor.role) ? sql`and t.unit_id = ${actor.organizationId ?? -1}` : s.unitId ? sql`and t.unit_id = ${s.unitId}` : sql``;
  const [figures, [extra], units] = await Promise.all([
    queryStatistics(db, actor, s, now, { rules }),
    queryRows<{ public: number; published: number; keyA: number; keyClassed: number }>(
      db,
      sql`
      with scope as materialized (select items.id, items.result_class from items where ${w})
      select
        (select count(*) from replies r join scope on scope.id = r.item_id where r.state = 'sent' and r.publicity = 'public')::int as "public",
        (select count(*) from replies r join scope on scope.id = r.item_id
          where r.state = 'sent' and r.publicity = 'public' and r.published_at is not null)::int as "published",
        count(*) filter (where scope.result_class = 'A')::int as "keyA",
        count(*) filter (where scope.result_class is not null)::int as "keyClassed"
      from scope where exists (select 1 from key_supervisions k where k.item_id = scope.id and k.active)`,
    ),
    queryRows<UnitRow>(
      db,
      sql`
      with scope as materialized (
        select items.id, items.state, items.assigned_on, items.reply_due, items.result_class, items.round from items where ${w}),
      p as (
        select t.id as task_id, t.unit_id, t.item_id from tasks t join scope on scope.id = t.item_id
        where t.role in ('lead','split') and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} ${own}),
      rp as (
        select r.task_id, min(r.sent_on) filter (where r.round = 1) as first_sent,
          count(*) filter (where r.publicity = 'public') as public_n,
          count(*) filter (where r.publicity = 'public' and r.published_at is not null) as published_n
        from replies r join p on p.task_id = r.task_id where r.state = 'sent' group by r.task_id),
      cx as (
        select x.unit_id, x.item_id, bool_or(x.face_to_face) as f from contacts x join p on p.item_id = x.item_id and p.unit_id = x.unit_id
        group by x.unit_id, x.item_id),
      ev as (
        select e.item_id, count(*) as n, count(*) filter (where e.result in ('satisfied','basicallySatisfied')) as ok
        from evaluations e join scope on scope.id = e.item_id and e.round = scope.round group by e.item_id),
      ks as (select distinct k.item_id from key_supervisions k join scope on scope.id = k.item_id where k.active)
      select p.unit_id as "unitId", o.name as "unitName",
        count(*) filter (where scope.assigned_on is not null)::int as "assigned",
        count(*) filter (where scope.assigned_on is not null and rp.first_sent is not null)::int as "replied",
        count(*) filter (where scope.assigned_on is not null and rp.first_sent <= scope.reply_due)::int as "onTime",
        count(*) filter (where scope.assigned_on is not null and cx.item_id is not null)::int as "contacted",
        count(*) filter (where scope.assigned_on is not null and cx.f)::int as "visited",
        coalesce(sum(ev.ok), 0)::int as "satisfied", coalesce(sum(ev.n), 0)::int as "evaluations",
        coalesce(sum(rp.published_n), 0)::int as "published", coalesce(sum(rp.public_n), 0)::int as "public",
        count(*) filter (where ks.item_id is not null and scope.result_class = 'A')::int as "keyA",
        count(*) filter (where ks.item_id is not null and scope.result_class is not null)::int as "keyClassed",
        count(*) filter (where scope.assigned_on is not null and scope.state = 'closed')::int as "closed"
      from p join scope on scope.id = p.item_id join organizations o on o.id = p.unit_id
      left join rp on rp.task_id = p.task_id
      left join cx on cx.item_id = p.item_id and cx.unit_id = p.unit_id
      left join ev on ev.item_id = p.item_id
      left join ks on ks.item_id = p.item_id
      group by p.unit_id, o.name order by o.name`,
    ),
  ]);
  const f = figures;
  const evals = f.evaluations;
  const total: Counts = {
    replied: { numerator: f.replied, denominator: f.assigned },
    onTime: { numerator: f.onTime, denominator: f.replied },
    contacted: { numerator: f.contactedItems, denominator: f.assigned },
    faceToFace: { numerator: f.visitedItems, denominator: f.assigned },
    satisfied: {
      numerator: evals.satisfied.count + evals.basicallySatisfied.count,
      denominator: evals.satisfied.count + evals.basicallySatisfied.count + evals.dissatisfied.count,
    },
    published: { numerator: extra.published, denominator: extra.public },
    keyClassA: { numerator: extra.keyA, denominator: extra.keyClassed },
    closed: { numerator: f.closed, denominator: f.assigned },
    assigned: { numerator: f.assigned, denominator: f.intake.registered },
  };
  return {
    title,
    targets: defs.map((d) => {
      const t = total[d.figure]!;
      const figure = rate(t.numerator, t.denominator);
      const short = units
        .map((u) => ({ u, c: unitCounts(u)[d.figure] }))
        .filter((x): x is { u: UnitRow; c: Pair } => x.c !== null && !meetsTarget(rate(x.c.numerator, x.c.denominator), d.rate))
        .map(({ u, c }) => ({ unitId: u.unitId, unitName: u.unitName, figure: rate(c.numerator, c.denominator), ...c }))
        .sort((a, b) => (a.figure ?? 0) - (b.figure ?? 0) || a.unitId - b.unitId);
      return {
        figure: d.figure,
        label: TARGET_FIGURE_LABELS[d.figure].label,
        definition: TARGET_FIGURE_LABELS[d.figure].of,
        /** the percentage to reach */
        target: Math.round(d.rate * 10000) / 100,
        value: figure,
        numerator: t.numerator,
        denominator: t.denominator,
        met: meetsTarget(figure, d.rate),
        unitsShort: short,
      };
    }),
  };
}
