/**
 * Durations of the rules profile and how a deadline is computed from a base
 * date (the formal assignment date, R-ASSIGN-2).
 *
 * Convention (the regulations are silent, see regulations/README.md §4):
 * - months are calendar months, same day of the month; when that day does not
 *   exist the deadline is the month's last day (11-30 + 3 months = 02-28, or
 *   02-29 in a leap year);
 * - a deadline counted in calendar days or months is NOT moved when it falls
 *   on a holiday or a weekend: we keep the statutory date;
 * - a deadline counted in working days follows the official calendar with its
 *   make-up working days (调休) and is provisional when it crosses a year whose
 *   schedule is not yet known.
 */
import { addDays, addMonths, type IsoDate } from './dates';
import type { WorkdayCalendar, WorkdayResult } from './calendar';

export type DurationUnit = 'calendarDays' | 'workdays' | 'months';

/** A configurable period, e.g. { amount: 3, unit: 'months' }. */
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** A computed deadline; `provisional` only ever for working-day durations. */
export type DeadlineResult = WorkdayResult;

/**
 * The deadline `d` after `base` (R-REPLY-7 reply/extension, R-CO-1
 * co-opinion, R-EVAL-2 re-handling, R-ASSIGN-3 adjustment window).
 */
export function addDuration(base: IsoDate, d: Duration, cal: WorkdayCalendar): DeadlineResult {
  if (!Number.isInteger(d.amount) || d.amount < 0) {
    throw new RangeError(`期限必须是非负整数：${d.amount}`);
  }
  switch (d.unit) {
    case 'calendarDays':
      return { date: addDays(base, d.amount), provisional: false, missingYears: [] };
    case 'months':
      return { date: addMonths(base, d.amount), provisional: false, missingYears: [] };
    case 'workdays':
      return cal.addWorkdays(base, d.amount);
    default: {
      const never: never = d.unit;
      throw new RangeError(`未知的期限单位：${String(never)}`);
    }
  }
}

/** The Chinese wording of a duration: '3个月', '10个工作日', '30日' (rules-profile screens, R-REPLY-7). */
export function describeDuration(d: Duration): string {
  switch (d.unit) {
    case 'months':
      return `${d.amount}个月`;
    case 'workdays':
      return `${d.amount}个工作日`;
    case 'calendarDays':
      return `${d.amount}日`;
    default: {
      const never: never = d.unit;
      throw new RangeError(`未知的期限单位：${String(never)}`);
    }
  }
}
