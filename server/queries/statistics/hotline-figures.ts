/**
 * The deputies' hotline channel in the statistics (issue 17 §5, one statistics model for every kind of item):
 * beside the suggestions' figures, a city's work orders of the scope's year, counted as the channel's own
 * reports count them (queries/hotline/report-figures.ts, R-LINE-3) — the whole channel for its liaison office
 * and supervisors, a unit's own orders for the unit (or for an office asking for one unit).
 */
import { sql } from 'drizzle-orm';
import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import { isUnitRole } from '../../../domain/items/roles';
import { rate } from '../../../domain/stats/shares';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { figuresOf, unitFiguresOf } from '../hotline/report-figures';
import type { StatsScope } from './figures';

export async function hotlineFiguresIn(db: Db, actor: Actor, s: StatsScope, now = new Date()) {
  const office = actor.role === 'liaisonOffice' || actor.role === 'supervisor';
  const unit = isUnitRole(actor.role) ? actor.organizationId : s.unitId;
  // Orders have no category, delegation, session or CPPCC side: those scopes have no hotline figures.
  if ((!office && !isUnitRole(actor.role)) || !actor.congressId || s.categoryId || s.delegationId || s.deputyId || s.kind || s.body === 'cppcc') return null;
  const [row] = await queryRows<{ any: boolean; year: number | null }>(
    db,
    sql`select exists (select 1 from work_orders w where w.congress_id = ${actor.congressId}) as "any",
          ${s.sessionId ? sql`(select year from sessions where id = ${s.sessionId})` : sql`null::int`} as "year"`,
  );
  if (!row.any) return null;
  const year = s.year ?? row.year ?? yearOf(todayInShanghai(now));
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  if (unit) {
    const [u] = await unitFiguresOf(db, actor.congressId, from, to, now, [unit]);
    if (!u) return null;
    return {
      year,
      scope: 'unit' as const,
      orders: u.orders,
      problems: null,
      solved: u.solved,
      solvedRate: null,
      finished: u.finished,
      closed: null,
      contactOnTime: u.contactOnTime,
      onTime: u.onTime,
      satisfied: u.satisfied,
      satisfaction: null,
    };
  }
  const f = await figuresOf(db, actor.congressId, from, to, now);
  const ok = f.satisfaction.counts.satisfied + f.satisfaction.counts.basicallySatisfied;
  return {
    year,
    scope: 'channel' as const,
    orders: f.received,
    problems: f.problems,
    solved: f.solved,
    solvedRate: f.solvedRate,
    finished: f.finished,
    closed: f.closed,
    contactOnTime: f.contactOnTime,
    onTime: f.onTime,
    satisfied: { numerator: ok, denominator: f.satisfaction.total, rate: rate(ok, f.satisfaction.total) },
    satisfaction: f.satisfaction,
  };
}
