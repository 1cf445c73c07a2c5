/**
 * The official holiday schedules shipped with the `chinese-days` package.
 *
 * We read the package's static JSON (`dist/chinese-days.json`) and NOT its
 * functions (isWorkday, getDayDetail, …): those build their lookup tables when
 * the module loads, using the machine's local time zone, and under a negative
 * UTC offset (TZ=America/New_York) every date is shifted one day early
 * (checked hands-on with chinese-days 1.5.7: 2026-02-14, a make-up Saturday,
 * comes out as a Spring Festival holiday). The JSON is plain data, keyed by
 * 'YYYY-MM-DD', and does not depend on the zone.
 */
import rawData from 'chinese-days/dist/chinese-days.json';
import type { IsoDate } from './dates';
import type { YearSchedule } from './calendar';

interface ChineseDaysData {
  /** official days off (including those on weekends) → "English,中文,n" */
  holidays: Record<string, string>;
  /** make-up working days (调休, always a Saturday or Sunday) */
  workdays: Record<string, string>;
}

const data = rawData as unknown as ChineseDaysData;
const cache = new Map<number, YearSchedule | null>();

function datesOfYear(table: Record<string, string>, year: number): IsoDate[] {
  const prefix = `${year}-`;
  return Object.keys(table)
    .filter((d) => d.startsWith(prefix))
    .sort();
}

/**
 * The package's schedule for `year`, or null when the package does not cover
 * that year (it covers 2004–2026 in version 1.5.7). A year is covered only if
 * the package lists at least one official holiday in it: every real schedule
 * has New Year's Day, Spring Festival, National Day…, and the package silently
 * treats an uncovered year (2027) as plain Mon–Fri weeks. Cached per year.
 * Enforces R-LINE-1 (official calendar with 调休).
 */
export function builtinSchedule(year: number): YearSchedule | null {
  if (!Number.isInteger(year)) return null;
  const hit = cache.get(year);
  if (hit !== undefined) return hit;
  const holidays = datesOfYear(data.holidays, year);
  const schedule: YearSchedule | null =
    holidays.length === 0
      ? null
      : Object.freeze({
          year,
          holidays: Object.freeze(holidays) as IsoDate[],
          makeupWorkdays: Object.freeze(datesOfYear(data.workdays, year)) as IsoDate[],
          source: 'builtin' as const,
        });
  cache.set(year, schedule);
  return schedule;
}

/** The years covered by the package's data, ascending (for the admin screen). */
export function builtinYears(): number[] {
  const years = new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))));
  return [...years].sort((a, b) => a - b);
}
