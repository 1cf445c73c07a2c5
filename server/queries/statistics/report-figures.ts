/**
 * The figures published handling reports print beside R-STAT-1 (issue 17 §3), for any scope:
 * 收到 N 件、立案 M 件 with those returned, merged, not accepted and made reference items (intake); the lead
 * and handling units; the routing split between the government system and the courts, procuratorate and
 * other bodies; each category's share of the items; the result classes of the profile with their shares;
 * and the dates a report states (all answered by …, the evaluation window closed on …).
 */
import { sql } from 'drizzle-orm';
import { addDuration, todayInShanghai, type WorkdayCalendar } from '../../../domain/deadlines';
import { INACTIVE_TASK_STATES } from '../../../domain/items/states';
import { sharesOf } from '../../../domain/stats';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { stateNotIn } from '../../db/state-sql';
import { statsScope, type StatsScope } from './figures';
import type { ScopeRules } from './rules-in-scope';

/**
 * CTEs over `scope` (queryStatistics): the units with a live part — leading (主办, 单办, 分办) and all handling
 * ones with co-handlers (承办) — and each assigned item's route: only government units, only others (courts,
 * procuratorate, the people's organizations and other bodies: organizations.is_government false), or both.
 */
export const unitSideSql = sql`
    parts as (
      select t.item_id, t.unit_id, t.role, o.is_government from tasks t
      join scope on scope.id = t.item_id and scope.assigned_on is not null join organizations o on o.id = t.unit_id
      where t.role in ('lead','split','co') and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })}),
    handling_units as (
      select count(distinct unit_id) filter (where role in ('lead','split'))::int as lead_units, count(distinct unit_id)::int as handling_units from parts),
    routing as (
      select count(*) filter (where g and not o)::int as routed_government, count(*) filter (where o and not g)::int as routed_other,
        count(*) filter (where g and o)::int as routed_joint
      from (select item_id, bool_or(is_government) as g, bool_or(not is_government) as o from parts group by item_id) per_item)`;

/** 收到 N 件 — 立案 M 件, with the rest by what became of them; their sum is `received`. */
export async function queryIntake(db: Db, actor: Actor, s: StatsScope) {
  const [r] = await queryRows<Record<string, number>>(
    db,
    sql`
    select count(*)::int as received,
      count(*) filter (where state = 'submitted')::int as pending,
      count(*) filter (where state = 'returned')::int as returned,
      count(*) filter (where state = 'merged')::int as merged,
      count(*) filter (where state = 'notAccepted')::int as not_accepted,
      count(*) filter (where state = 'withdrawn')::int as withdrawn,
      count(*) filter (where state not in ('submitted','returned','merged','notAccepted','withdrawn') and is_reference)::int as reference,
      count(*) filter (where state not in ('submitted','returned','merged','notAccepted','withdrawn') and not is_reference)::int as registered
    from (
      select items.state, exists (select 1 from tasks t where t.item_id = items.id and t.role = 'reference') as is_reference
      from items where ${statsScope(actor, s, { intake: true })}) received`,
  );
  return {
    received: r.received,
    /** 立案: accepted and handled (not reference items) */
    registered: r.registered,
    reference: r.reference,
    returned: r.returned,
    merged: r.merged,
    notAccepted: r.not_accepted,
    withdrawn: r.withdrawn,
    /** still in the office's review */
    pending: r.pending,
  };
}

/** Each top-level category's items and share of all (发展规划类 317 件，占 30.7%); sub-categories roll up; 未分类 apart. */
export async function queryCategoryShares(db: Db, actor: Actor, s: StatsScope) {
  const rows = await queryRows<{ categoryId: number | null; name: string | null; count: number }>(
    db,
    sql`
    select top.id as "categoryId", top.name as "name", count(*)::int as "count"
    from items
    left join categories c on c.id = items.category_id
    left join categories top on top.id = coalesce(c.parent_id, c.id)
    where ${statsScope(actor, s)}
    group by top.id, top.name, top.sort
    order by count(*) desc, top.sort, top.id`,
  );
  const shares = sharesOf(rows.map((r) => r.count));
  return rows.map((r, i) => ({ categoryId: r.categoryId, name: r.name ?? '未分类', count: r.count, share: shares[i] }));
}

/**
 * The dates a report states: the day the last item was first answered and, when every assigned item is
 * answered, that it is the day all were (均已于 … 前答复); the last reply and the end of its evaluation
 * window (R-EVAL-3, the rules profile's window on the body's calendar) — closed once that day is past.
 */
export function reportDates(
  f: { replied: number; assigned: number; lastFirstReplyOn: string | null; lastReplyOn: string | null },
  rules: ScopeRules,
  now: Date,
  calendar: WorkdayCalendar | null,
) {
  const allReplied = f.assigned > 0 && f.replied === f.assigned;
  const ends = f.lastReplyOn && calendar ? addDuration(f.lastReplyOn, rules.main.evaluationWindow, calendar).date : null;
  return {
    lastFirstReplyOn: f.lastFirstReplyOn,
    allRepliedOn: allReplied ? f.lastFirstReplyOn : null,
    lastReplyOn: f.lastReplyOn,
    evaluationWindowEnds: ends,
    evaluationWindowClosed: allReplied && ends !== null && ends < todayInShanghai(now),
  };
}
