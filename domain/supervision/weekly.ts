import { addDays, weekdayOf, type IsoDate, type WorkdayCalendar } from '../deadlines';

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  return weekdayOf(d) === 0 ? 7 : weekdayOf(d);
}

/** The ISO week of a date, e.g. '2026-W49' (the week belongs to the year of its Thursday). */
export function isoWeek(d: IsoDate): string {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const year = Number(thursday.slice(0, 4));
  const jan4 = `${year}-01-04`;
  const firstThursday = addDays(jan4, 4 - isoWeekday(jan4));
  const week = 1 + Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * R-SUP-2: whether this week's weekly reminder (or urge) is due on `today`.
 * It is due from the configured weekday on. When the profile says so
 * (`skipHolidays`) it never goes out on a holiday: a holiday on the weekday
 * moves it to the week's next working day. Whether it already went out this
 * week is the caller's (the reminders table keeps one per unit and week), so
 * a day missed by downtime is caught up on the next run.
 */
export function weeklyDue(today: IsoDate, weekday: number, skipHolidays: boolean, cal: WorkdayCalendar): boolean {
  if (isoWeekday(today) < weekday) return false;
  return !skipHolidays || cal.isWorkday(today);
}
