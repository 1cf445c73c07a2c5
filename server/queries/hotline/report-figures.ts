/**
 * R-LINE-3 the figures of the hotline channel over a period — a month (the monthly report to the liaison
 * office) or a year (the annual report; the units' performance, seed 002: 纳入绩效考核): calls, problems,
 * solved, finished, closed; the contact-within-24-hours and on-time rates; the ratings' shares (R-STAT-1:
 * largest remainder, adding to 100.00); the orders due but not done and those rated dissatisfied, by unit.
 * Every rate's numerator is a subset of its denominator.
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { periodFigures, reportOrder, unitFigures } from '../../../domain/contracts/hotline-reports';
import { addDays, diffDays, type IsoDate } from '../../../domain/deadlines';
import { dayOf } from '../../../domain/hotline/clocks';
import {
  WORK_ORDER_RATING_LABELS,
  WORK_ORDER_RATINGS,
  WORK_ORDER_STATE_LABELS,
  type WorkOrderRating,
  type WorkOrderState,
} from '../../../domain/hotline/orders';
import { rate, sharesOf } from '../../../domain/stats/shares';
import { queryRows, type Db } from '../../db/client';

export type PeriodFigures = z.output<typeof periodFigures>;
export type UnitFigures = z.output<typeof unitFigures>;
type ReportOrder = z.output<typeof reportOrder>;

/** The start of a Shanghai day as an instant. */
export const dayStart = (d: IsoDate) => new Date(`${d}T00:00:00+08:00`);

const ratioOf = (numerator: number, denominator: number) => ({ numerator, denominator, rate: rate(numerator, denominator) });

/** The lead unit's live part of an order `w` (the unit the report names). */
const LEAD_UNIT = sql`left join lateral (select o.id as unit_id, o.name as unit_name from work_order_units u join organizations o on o.id = u.unit_id
    where u.order_id = w.id and u.is_lead and u.state = 'assigned' order by u.id desc limit 1) lu on true`;

interface CountRow {
  unit_id: number | null;
  unit_name: string | null;
  received: number;
  problems: number;
  solved: number;
  finished: number;
  contact_den: number;
  contact_num: number;
  ontime_den: number;
  ontime_num: number;
  rated: number;
  satisfied: number;
}

/**
 * The counts of the orders of a congress, per lead unit (a null unit: not dispatched). `from`–`to` are
 * Shanghai days, `to` excluded; `now` decides which contact clocks have run out.
 */
async function countsByUnit(db: Db, congressId: number, from: IsoDate, to: IsoDate, now: Date, units?: number[]): Promise<CountRow[]> {
  const f = dayStart(from).toISOString();
  const t = dayStart(to).toISOString();
  const n = now.toISOString();
  const today = dayOf(now);
  const inPeriod = (col: string) => sql.raw(`${col} >= '${f}'::timestamptz and ${col} < '${t}'::timestamptz`);
  const onlyUnits = units ? sql`and lu.unit_id in (${sql.join(units.length ? units.map((u) => sql`${u}`) : [sql`null`], sql`, `)})` : sql``;
  return queryRows<CountRow>(
    db,
    sql`select lu.unit_id, lu.unit_name,
          count(*) filter (where ${inPeriod('w.called_at')})::int as received,
          count(*) filter (where ${inPeriod('w.called_at')} and w.state <> 'merged')::int as problems,
          count(*) filter (where ${inPeriod('w.called_at')} and w.state = 'closed')::int as solved,
          count(*) filter (where fe.n > 0 and w.state <> 'merged')::int as finished,
          count(*) filter (where ${inPeriod('w.dispatched_at')} and w.state <> 'merged' and w.contact_due_at is not null
                             and (w.contacted_at is not null or w.contact_due_at < ${n}::timestamptz))::int as contact_den,
          count(*) filter (where ${inPeriod('w.dispatched_at')} and w.state <> 'merged' and w.contacted_at is not null
                             and w.contacted_at <= w.contact_due_at)::int as contact_num,
          (coalesce(sum(fe.n) filter (where w.state <> 'merged'), 0)
            + count(*) filter (where w.state in ('dispatched', 'supervised') and w.finish_due >= ${from}::date and w.finish_due < ${to}::date
                                 and w.finish_due < ${today}::date))::int as ontime_den,
          coalesce(sum(fe.ok) filter (where w.state <> 'merged'), 0)::int as ontime_num,
          count(*) filter (where ${inPeriod('w.called_at')} and w.state <> 'merged' and w.rating is not null)::int as rated,
          count(*) filter (where ${inPeriod('w.called_at')} and w.state <> 'merged' and w.rating in ('satisfied', 'basicallySatisfied'))::int as satisfied
        from work_orders w ${LEAD_UNIT}
        left join lateral (select count(*)::int as n, count(*) filter (where (e.payload->>'onTime')::boolean is not false)::int as ok
                           from work_order_events e where e.order_id = w.id and e.type = 'finished' and ${inPeriod('e.at')}) fe on true
        where w.congress_id = ${congressId} ${onlyUnits}
        group by lu.unit_id, lu.unit_name
        order by lu.unit_name nulls first`,
  );
}

/** The units' rows of a period, by name (the units without a dispatched order left out). */
export async function unitFiguresOf(db: Db, congressId: number, from: IsoDate, to: IsoDate, now: Date, units?: number[]): Promise<UnitFigures[]> {
  const rows = await countsByUnit(db, congressId, from, to, now, units);
  return rows
    .filter((r) => r.unit_id !== null)
    .map((r) => ({
      unitId: r.unit_id!,
      unitName: r.unit_name ?? '',
      orders: r.problems,
      finished: r.finished,
      solved: r.solved,
      onTime: ratioOf(r.ontime_num, r.ontime_den),
      contactOnTime: ratioOf(r.contact_num, r.contact_den),
      satisfied: ratioOf(r.satisfied, r.rated),
    }));
}

interface ListRow {
  id: number;
  number: string;
  category: string;
  content: string;
  deputy_name: string | null;
  unit_id: number | null;
  unit_name: string | null;
  called_at: Date | string;
  finish_due: string | null;
  state: WorkOrderState;
  rating: WorkOrderRating | null;
}

const ORDER_FIELDS = sql`w.id, w.number, w.category, w.content, d.name as deputy_name, lu.unit_id, lu.unit_name, w.called_at,
  w.finish_due::text as finish_due, w.state`;

function listOf(rows: ListRow[], cutoff: IsoDate, overdue: boolean) {
  const orders: ReportOrder[] = rows.map((r) => ({
    id: r.id,
    number: r.number,
    category: r.category,
    content: r.content,
    deputyName: r.deputy_name,
    unitName: r.unit_name,
    calledAt: new Date(r.called_at).toISOString(),
    finishDue: r.finish_due,
    stateLabel: WORK_ORDER_STATE_LABELS[r.state],
    ratingLabel: r.rating ? WORK_ORDER_RATING_LABELS[r.rating] : null,
    daysOverdue: overdue && r.finish_due ? Math.max(0, diffDays(r.finish_due, cutoff)) : null,
  }));
  const units = new Map<string, { unitId: number | null; unitName: string; count: number }>();
  for (const r of rows) {
    const key = String(r.unit_id);
    const u = units.get(key) ?? { unitId: r.unit_id, unitName: r.unit_name ?? '未派单', count: 0 };
    u.count++;
    units.set(key, u);
  }
  const byUnit = [...units.values()].sort((a, b) => b.count - a.count || a.unitName.localeCompare(b.unitName, 'zh-CN'));
  return { total: rows.length, byUnit, orders };
}

/**
 * The figures of a congress's channel from `from` to `to` (Shanghai days, `to` excluded), counted at `now`:
 * the orders due but not done are those whose finishing day passed before the cut-off (the period's end, or
 * today when earlier) and that were not finished by it; the ratings are those given in the period (a second
 * round's rating counts again), the dissatisfied orders those rated 不满意 or 非常不满意 in it.
 */
export async function figuresOf(db: Db, congressId: number, from: IsoDate, to: IsoDate, now: Date): Promise<PeriodFigures> {
  const counts = await countsByUnit(db, congressId, from, to, now);
  const sum = (k: keyof Omit<CountRow, 'unit_id' | 'unit_name'>) => counts.reduce((a, r) => a + r[k], 0);
  const f = dayStart(from).toISOString();
  const t = dayStart(to).toISOString();
  const today = dayOf(now);
  // The cut-off: the period's last day, or today when the period is not over.
  const cutoffDay = to <= today ? to : addDays(today, 1);
  const cutoffAt = new Date(Math.min(dayStart(cutoffDay).getTime(), now.getTime())).toISOString();
  const [closed] = await queryRows<{ n: number }>(
    db,
    sql`select count(distinct e.order_id)::int as n from work_order_events e join work_orders w on w.id = e.order_id
        where w.congress_id = ${congressId} and e.type = 'rated' and e.to_state = 'closed'
          and e.at >= ${f}::timestamptz and e.at < ${t}::timestamptz`,
  );
  const ratings = await queryRows<{ rating: WorkOrderRating; n: number }>(
    db,
    sql`select e.payload->>'rating' as rating, count(*)::int as n from work_order_events e join work_orders w on w.id = e.order_id
        where w.congress_id = ${congressId} and e.type = 'rated' and e.at >= ${f}::timestamptz and e.at < ${t}::timestamptz
        group by 1`,
  );
  const dueNotDone = await queryRows<ListRow>(
    db,
    sql`select ${ORDER_FIELDS}, w.rating from work_orders w left join deputies d on d.id = w.deputy_id ${LEAD_UNIT}
        where w.congress_id = ${congressId} and w.state <> 'merged' and w.finish_due < ${cutoffDay}::date
          and (w.state in ('dispatched', 'supervised') or w.finished_at >= ${cutoffAt}::timestamptz)
          and w.dispatched_at < ${cutoffAt}::timestamptz
        order by w.finish_due, w.id`,
  );
  const dissatisfied = await queryRows<ListRow>(
    db,
    sql`select distinct on (w.id) ${ORDER_FIELDS}, e.payload->>'rating' as rating
        from work_order_events e join work_orders w on w.id = e.order_id left join deputies d on d.id = w.deputy_id ${LEAD_UNIT}
        where w.congress_id = ${congressId} and e.type = 'rated' and e.payload->>'rating' in ('dissatisfied', 'veryDissatisfied')
          and e.at >= ${f}::timestamptz and e.at < ${t}::timestamptz
        order by w.id, e.id desc`,
  );
  const byRating = Object.fromEntries(WORK_ORDER_RATINGS.map((r) => [r, ratings.find((x) => x.rating === r)?.n ?? 0])) as Record<WorkOrderRating, number>;
  const shares = sharesOf(WORK_ORDER_RATINGS.map((r) => byRating[r]));
  const problems = sum('problems');
  const solved = sum('solved');
  const lastDay = addDays(cutoffDay, -1);
  return {
    from,
    to: addDays(to, -1),
    received: sum('received'),
    problems,
    solved,
    solvedRate: rate(solved, problems),
    finished: sum('finished'),
    closed: closed?.n ?? 0,
    contactOnTime: ratioOf(sum('contact_num'), sum('contact_den')),
    onTime: ratioOf(sum('ontime_num'), sum('ontime_den')),
    satisfaction: {
      total: WORK_ORDER_RATINGS.reduce((a, r) => a + byRating[r], 0),
      counts: byRating,
      shares: Object.fromEntries(WORK_ORDER_RATINGS.map((r, i) => [r, shares[i]])) as Record<WorkOrderRating, number>,
    },
    dueNotDone: listOf(dueNotDone, lastDay, true),
    dissatisfied: listOf(dissatisfied, lastDay, false),
    units: await unitFiguresOf(db, congressId, from, to, now),
  };
}

/** The first day of a month (YYYY-MM) and of the month after it. */
export function monthBounds(month: string): { from: IsoDate; to: IsoDate } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01` as IsoDate, to: `${next}-01` as IsoDate };
}

/** 2026年3月 */
export const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** The month (YYYY-MM) before the one of `day`. */
export function monthBefore(day: IsoDate): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
