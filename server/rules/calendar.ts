/**
 * The workday calendar in force for a body, shared by reads, use cases and jobs: the built-in
 * schedules (chinese-days), overridden year by year by the schedules entered in the tree of bodies
 * (calendar_years) — the body's own, else the nearest body above it that entered one. A province
 * enters the State Council's schedule once for everyone below it; an autonomous county adds its own.
 */
import { sql, type SQL } from 'drizzle-orm';
import { WorkdayCalendar, type YearSchedule } from '../../domain/deadlines';
import { queryRows, type Db } from '../db/client';

export interface CalendarRow {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
  /** the body that entered it */
  congressId: number;
}

/**
 * The schedules in force for the body `congressId` (an SQL expression: a value, or a column of the
 * surrounding query), nearest body first for each year, as one JSON array (null when none).
 * Up the tree through parents; a CPPCC committee at the top of its own tree goes on through the
 * congress beside it.
 */
export function calendarRowsSql(congressId: SQL): SQL<CalendarRow[] | null> {
  return sql<CalendarRow[] | null>`(
    with recursive up(id, depth) as (
      select ${congressId}, 0
      union all
      select coalesce(c.parent_id, c.beside_id), up.depth + 1 from congresses c join up on c.id = up.id
      where coalesce(c.parent_id, c.beside_id) is not null and up.depth < 10)
    select json_agg(json_build_object('year', y.year, 'holidays', y.holidays, 'makeupWorkdays', y.makeup_workdays, 'congressId', y.congress_id) order by y.year)
    from (select distinct on (cy.year) cy.* from calendar_years cy join up on up.id = cy.congress_id order by cy.year, up.depth) y)`;
}

export async function calendarRowsOf(tx: Db, congressId: number): Promise<CalendarRow[]> {
  const [r] = await queryRows<{ rows: CalendarRow[] | null }>(tx, sql`select ${calendarRowsSql(sql`${congressId}::int`)} as rows`);
  return r.rows ?? [];
}

/** The workday calendar of one body. */
export async function loadCalendar(tx: Db, congressId: number): Promise<WorkdayCalendar> {
  return calendarFrom(await calendarRowsOf(tx, congressId));
}

export function calendarFrom(rows: { year: number; holidays: string[]; makeupWorkdays: string[] }[]): WorkdayCalendar {
  const schedules: YearSchedule[] = rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeupWorkdays, source: 'admin' }));
  return new WorkdayCalendar(schedules);
}
