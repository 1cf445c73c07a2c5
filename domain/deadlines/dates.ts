/**
 * Plain calendar dates ('YYYY-MM-DD'), each meaning one day in Asia/Shanghai.
 *
 * All arithmetic is done on UTC midnights (Date.UTC), so the result never
 * depends on the machine's time zone or on daylight-saving changes.
 */

/** An ISO calendar date 'YYYY-MM-DD' (a day in Asia/Shanghai). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The parts of an ISO date; month is 1–12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Number of days in a month (month 1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `s` is a real calendar date written 'YYYY-MM-DD' (e.g. not '2025-02-29'). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Years before 1000 are refused: Date.UTC maps years 0–99 to 1900–1999.
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a valid ISO date into numbers; throws a RangeError otherwise. */
export function parseIsoDate(d: IsoDate): DateParts {
  if (!isIsoDate(d)) throw new RangeError(`日期格式无效：${String(d)}（应为 YYYY-MM-DD）`);
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** Builds 'YYYY-MM-DD' from numbers (month 1–12); throws when the date does not exist. */
export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(s)) throw new RangeError(`日期不存在：${s}`);
  return s;
}

function toUtcMs(d: IsoDate): number {
  const { year, month, day } = parseIsoDate(d);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  const date = new Date(ms);
  return makeIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The date `n` calendar days after `d` (before it when n < 0). Used by every day-count deadline (R-REPLY-7, R-EVAL-2). */
export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`天数必须是整数：${n}`);
  return fromUtcMs(toUtcMs(d) + n * DAY_MS);
}

/** `b - a` in calendar days (positive when b is later). Used for days left on the ledger (R-SUP-1). */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Asia/Shanghai, whatever the machine's zone (the "today" of R-SUP-1 lights). */
export function todayInShanghai(now: Date = new Date()): IsoDate {
  const parts = SHANGHAI_DAY.formatToParts(now);
  const get = (type: 'year' | 'month' | 'day'): number => Number(parts.find((p) => p.type === type)?.value);
  return makeIsoDate(get('year'), get('month'), get('day'));
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: IsoDate): number {
  return new Date(toUtcMs(d)).getUTCDay();
}

/** Saturday or Sunday (the default days off when no official schedule says otherwise, R-LINE-1). */
export function isWeekend(d: IsoDate): boolean {
  const w = weekdayOf(d);
  return w === 0 || w === 6;
}

/** The calendar year of a date (schedules are kept per year, R-LINE-1). */
export function yearOf(d: IsoDate): number {
  return parseIsoDate(d).year;
}

/**
 * The same day of the month `n` calendar months later; when that month is
 * shorter, the month's last day (R-REPLY-7: "calendar months, same day").
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`月数必须是整数：${n}`);
  const { year, month, day } = parseIsoDate(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return makeIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}
