/**
 * The working-day calendar: official holidays and make-up working days (调休)
 * per year, from the `chinese-days` data, overridable per year by an
 * administrator (a new year's schedule is published around November).
 */
import { addDays, isIsoDate, isWeekend, yearOf, type IsoDate } from './dates';
import { builtinSchedule } from './builtin-schedule';

export { builtinSchedule, builtinYears } from './builtin-schedule';

/** One year's official schedule. */
export interface YearSchedule {
  year: number;
  /** every official day off of the year, whether it falls on Mon–Fri or a weekend */
  holidays: IsoDate[];
  /** 调休: Saturdays or Sundays that are working days */
  makeupWorkdays: IsoDate[];
  source: 'builtin' | 'admin';
}

/** Result of walking working days: the date, and whether it rests on guessed (weekend-only) years. */
export interface WorkdayResult {
  date: IsoDate;
  /** true when a walked day lies in a year with no schedule (only weekends were used) */
  provisional: boolean;
  /** the years without a schedule that were walked over, ascending */
  missingYears: number[];
}

interface YearSets {
  holidays: Set<IsoDate>;
  makeupWorkdays: Set<IsoDate>;
}

/**
 * Working-day arithmetic over the official calendar (R-LINE-1 "7 working
 * days", R-ASSIGN-3 adjustment window, any rules-profile workday duration).
 * Admin schedules override the built-in ones year by year.
 */
export class WorkdayCalendar {
  private readonly admin = new Map<number, YearSchedule>();
  private readonly sets = new Map<number, YearSets | null>();

  /** Throws a RangeError when an admin schedule is invalid (see validateSchedule). */
  constructor(adminSchedules: YearSchedule[] = []) {
    for (const s of adminSchedules) {
      const errors = validateSchedule(s);
      if (errors.length > 0) throw new RangeError(`${s.year} 年节假日安排无效：${errors.join('；')}`);
      this.admin.set(s.year, s);
    }
  }

  /** The schedule in force for a year: the administrator's if any, else the built-in one, else null. */
  scheduleFor(year: number): YearSchedule | null {
    return this.admin.get(year) ?? builtinSchedule(year);
  }

  /** Whether the official schedule of `year` is known (else working days are provisional). */
  hasSchedule(year: number): boolean {
    return this.scheduleFor(year) !== null;
  }

  private setsFor(year: number): YearSets | null {
    if (!this.sets.has(year)) {
      const s = this.scheduleFor(year);
      this.sets.set(year, s ? { holidays: new Set(s.holidays), makeupWorkdays: new Set(s.makeupWorkdays) } : null);
    }
    return this.sets.get(year) ?? null;
  }

  /** A working day: a make-up day, or Mon–Fri that is not a holiday; with no schedule for the year, Mon–Fri (R-LINE-1). */
  isWorkday(d: IsoDate): boolean {
    const sets = this.setsFor(yearOf(d));
    if (sets?.makeupWorkdays.has(d)) return true;
    if (sets?.holidays.has(d)) return false;
    return !isWeekend(d);
  }

  /**
   * The n-th working day AFTER `base` (base itself is not counted; n = 0
   * gives base). Never guesses holidays of a year with no schedule: it uses
   * weekends only there and reports the result as provisional (R-LINE-1,
   * R-ASSIGN-3).
   */
  addWorkdays(base: IsoDate, n: number): WorkdayResult {
    if (!isIsoDate(base)) throw new RangeError(`日期格式无效：${String(base)}`);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数必须是非负整数：${n}`);
    const missing = new Set<number>();
    let date = base;
    let left = n;
    while (left > 0) {
      date = addDays(date, 1);
      const year = yearOf(date);
      if (!this.hasSchedule(year)) missing.add(year);
      if (this.isWorkday(date)) left -= 1;
    }
    const missingYears = [...missing].sort((a, b) => a - b);
    return { date, provisional: missingYears.length > 0, missingYears };
  }
}

/** Checks an administrator's schedule for a year; returns Chinese error messages, empty when valid (R-LINE-1 calendar upkeep). */
export function validateSchedule(s: YearSchedule): string[] {
  const errors: string[] = [];
  if (!Number.isInteger(s.year) || s.year < 1900 || s.year > 9999) {
    errors.push(`年份无效：${String(s.year)}`);
  }
  const check = (list: IsoDate[], label: string): Set<IsoDate> => {
    const seen = new Set<IsoDate>();
    for (const d of list) {
      if (!isIsoDate(d)) {
        errors.push(`${label}日期格式无效：${String(d)}（应为 YYYY-MM-DD）`);
        continue;
      }
      if (yearOf(d) !== s.year) errors.push(`${label} ${d} 不在 ${s.year} 年内`);
      if (seen.has(d)) errors.push(`${label} ${d} 重复`);
      seen.add(d);
    }
    return seen;
  };
  const holidays = check(s.holidays, '节假日');
  const makeups = check(s.makeupWorkdays, '调休上班日');
  for (const d of makeups) {
    if (holidays.has(d)) errors.push(`${d} 不能既是节假日又是调休上班日`);
    if (!isWeekend(d)) errors.push(`调休上班日 ${d} 不是周六或周日`);
  }
  return errors;
}
