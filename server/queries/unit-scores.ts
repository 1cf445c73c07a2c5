import { and, eq, inArray, sql } from 'drizzle-orm';
import { todayInShanghai } from '../../domain/deadlines';
import { visitRateTargetFor } from '../../domain/deadlines/rules-profile';
import { notFound } from '../../domain/errors';
import { INACTIVE_TASK_STATES } from '../../domain/items/states';
import { rankUnits, type UnitScore, type UnitScoreFacts, type UnitScoreWeights } from '../../domain/stats';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { stateNotIn } from '../db/state-sql';
import { sessions } from '../db/schema';
import { loadRules } from '../rules/rules-profile';
import { statsScope } from './statistics/figures';
import { unitFiguresOf, type UnitFigures } from './hotline/report-figures';

export interface UnitScoresResult {
  sessionId: number;
  sessionName: string;
  year: number;
  /** the day the figures are counted to (deadlines passed by then count) */
  asOf: string;
  weights: UnitScoreWeights;
  publishWithinDays: number;
  /** each unit's score, and beside it its hotline orders of the session's year (issue 15; not part of the score) */
  units: (UnitScore & { hotline: HotlineFigures | null })[];
}

type HotlineFigures = Pick<UnitFigures, 'orders' | 'finished' | 'onTime' | 'contactOnTime' | 'satisfied'>;

type Row = {
  unitId: number;
  unitName: string;
  leadItems: number;
  coItems: number;
  dueTasks: number;
  onTimeTasks: number;
  submittedTasks: number;
  cleanTasks: number;
  evaluations: number;
  satisfied: number;
  items: number;
  contactedItems: number;
  visitedItems: number;
  publishable: number;
  publishedOnTime: number;
};

/**
 * The counts behind each unit's score for one session (R-STAT-2), a unit's
 * lead, split and co-handling tasks alike (R-CO-2):
 * - timeliness: first replies (round 1, by the item's reply deadline) and
 *   co-opinions (first one sent, by the co-handling deadline) that are done or
 *   past due; late = due − on time (answered late or still unanswered);
 * - quality: tasks that submitted a reply for review or sent a co-opinion;
 *   clean = never sent back for redo (item_events sendBackReply) nor returned
 *   (returnCoOpinion);
 * - satisfaction: the deputies' evaluations of the current round of the
 *   unit's items, satisfied or basically satisfied over all;
 * - contact and visit: the unit's items with a contact / a face-to-face
 *   contact of the unit itself;
 * - publication: the unit's sent public replies of unclassified items that
 *   are published or past their publication date; on time = published within
 *   `publishWithinDays` of being sent (R-PUBLISH-1).
 */
export async function queryUnitScores(db: Db, actor: Actor, o: { sessionId: number }, now = new Date()): Promise<UnitScoresResult> {
  // The government office scores its units on either body's session (§8: its congress's or the CPPCC committee's beside it).
  const own = actor.congressId ?? -1;
  const bodies = actor.role === 'governmentOffice' ? inArray(sessions.congressId, [own, ...actor.bodiesBeside]) : eq(sessions.congressId, own);
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, o.sessionId), bodies));
  if (!session) throw notFound('会次');
  const rules = (await loadRules(db, session.congressId, session.year)).values;
  const today = todayInShanghai(now);
  const within = rules.publishWithinDays;
  const rows = await queryRows<Row>(
    db,
    sql`
    with t as (
      select t.id, t.unit_id, t.role, t.item_id, items.reply_due, t.due_date, items.round as item_round, items.classified,
        case when t.role = 'co' then
          (select min((op.sent_at at time zone 'Asia/Shanghai')::date) from co_opinions op where op.task_id = t.id)
        else
          (select min(r.sent_on) from replies r where r.task_id = t.id and r.round = 1 and r.state = 'sent')
        end as done_on,
        case when t.role = 'co' then t.due_date else items.reply_due end as due_on,
        case when t.role = 'co' then exists (select 1 from co_opinions op where op.task_id = t.id)
        else exists (select 1 from replies r where r.task_id = t.id and r.state <> 'draft')
          or exists (select 1 from item_events e where e.task_id = t.id and e.type = 'sendBackReply') end as submitted,
        exists (select 1 from item_events e where e.task_id = t.id and e.type in ('sendBackReply','returnCoOpinion')) as sent_back
      from tasks t
      join items on items.id = t.item_id
      where ${statsScope(actor, { sessionId: o.sessionId })}
        and t.role in ('lead','split','co') and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })}
    )
    select o.id as "unitId", o.name as "unitName",
      count(distinct t.item_id) filter (where t.role in ('lead','split'))::int as "leadItems",
      count(distinct t.item_id) filter (where t.role = 'co')::int as "coItems",
      count(*) filter (where t.done_on is not null or t.due_on < ${today}::date)::int as "dueTasks",
      count(*) filter (where t.done_on is not null and (t.due_on is null or t.done_on <= t.due_on))::int as "onTimeTasks",
      count(*) filter (where t.submitted)::int as "submittedTasks",
      count(*) filter (where t.submitted and not t.sent_back)::int as "cleanTasks",
      (select count(*) from evaluations e where e.item_id in (select t2.item_id from t t2 where t2.unit_id = o.id) and e.round = (select i.round from items i where i.id = e.item_id))::int as "evaluations",
      (select count(*) from evaluations e where e.item_id in (select t2.item_id from t t2 where t2.unit_id = o.id) and e.round = (select i.round from items i where i.id = e.item_id)
        and e.result in ('satisfied','basicallySatisfied'))::int as "satisfied",
      count(distinct t.item_id)::int as "items",
      count(distinct t.item_id) filter (where exists (select 1 from contacts x where x.item_id = t.item_id and x.unit_id = o.id))::int as "contactedItems",
      count(distinct t.item_id) filter (where exists (select 1 from contacts x where x.item_id = t.item_id and x.unit_id = o.id and x.face_to_face))::int as "visitedItems",
      (select count(*) from replies r join t t3 on t3.id = r.task_id
        where t3.unit_id = o.id and not t3.classified and r.state = 'sent' and r.publicity = 'public'
          and (r.published_at is not null or r.sent_on + ${within}::int < ${today}::date))::int as "publishable",
      (select count(*) from replies r join t t3 on t3.id = r.task_id
        where t3.unit_id = o.id and not t3.classified and r.state = 'sent' and r.publicity = 'public'
          and (r.published_at at time zone 'Asia/Shanghai')::date <= r.sent_on + ${within}::int)::int as "publishedOnTime"
    from t join organizations o on o.id = t.unit_id
    group by o.id, o.name`,
  );
  const facts: UnitScoreFacts[] = rows.map((r) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    leadItems: r.leadItems,
    coItems: r.coItems,
    timeliness: { numerator: r.onTimeTasks, denominator: r.dueTasks },
    quality: { numerator: r.cleanTasks, denominator: r.submittedTasks },
    satisfaction: { numerator: r.satisfied, denominator: r.evaluations },
    contact: { numerator: r.contactedItems, denominator: r.items },
    visit: { numerator: r.visitedItems, denominator: r.items },
    publication: { numerator: r.publishedOnTime, denominator: r.publishable },
    lateItems: r.dueTasks - r.onTimeTasks,
    // R-CO-2: co-handled items count like led ones, also for the R-TALK-3 target's size band.
    visitTarget: visitRateTargetFor(rules, r.leadItems + r.coItems),
  }));
  return {
    sessionId: session.id,
    sessionName: session.name,
    year: session.year,
    asOf: today,
    weights: rules.unitScore,
    publishWithinDays: within,
    units: await withHotline(db, session.congressId, session.year, rankUnits(facts, rules.unitScore), now),
  };
}

/** Seed 002 纳入绩效考核: each unit's hotline figures of the year beside its score (the score's number unchanged). */
async function withHotline(db: Db, congressId: number, year: number, units: UnitScore[], now: Date): Promise<UnitScoresResult['units']> {
  const ids = units.map((u) => u.unitId);
  const figures = ids.length ? await unitFiguresOf(db, congressId, `${year}-01-01`, `${year + 1}-01-01`, now, ids) : [];
  const byUnit = new Map(figures.map((f) => [f.unitId, f]));
  return units.map((u) => {
    const f = byUnit.get(u.unitId);
    return { ...u, hotline: f ? { orders: f.orders, finished: f.finished, onTime: f.onTime, contactOnTime: f.contactOnTime, satisfied: f.satisfied } : null };
  });
}
