/**
 * The workday calendar in force, shared by reads, use cases and jobs: the
 * built-in schedules (chinese-days) overridden by the administrator's
 * (calendar_years).
 */
import { WorkdayCalendar, type YearSchedule } from '../../domain/deadlines';
import type { Db } from '../db/client';
import { calendarYears } from '../db/schema';

/** The workday calendar: built-in schedules overridden by the administrator's (calendar_years). */
export async function loadCalendar(tx: Db): Promise<WorkdayCalendar> {
  return calendarFrom(await tx.select().from(calendarYears));
}

export function calendarFrom(rows: { year: number; holidays: string[]; makeupWorkdays: string[] }[]): WorkdayCalendar {
  const schedules: YearSchedule[] = rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeupWorkdays, source: 'admin' }));
  return new WorkdayCalendar(schedules);
}
