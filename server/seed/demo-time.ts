/**
 * Time helpers of the demo seed: every event is placed at a fixed date of the
 * 2025 session, or — for the "live" share — a number of days before today,
 * so the ledger always shows green, yellow and red lights.
 */
import { addDays, diffDays, todayInShanghai, WorkdayCalendar, type IsoDate } from '../../domain/deadlines';
import type { Rng } from './corpus';

const calendar = new WorkdayCalendar();

export function isWorkday(d: IsoDate): boolean {
  return calendar.isWorkday(d);
}

/** The date itself when a working day, else the next working day. */
export function nextWorkday(d: IsoDate): IsoDate {
  let x = d;
  while (!calendar.isWorkday(x)) x = addDays(x, 1);
  return x;
}

/** The date itself when a working day, else the previous working day. */
export function prevWorkday(d: IsoDate): IsoDate {
  let x = d;
  while (!calendar.isWorkday(x)) x = addDays(x, -1);
  return x;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment of a Shanghai date. */
export function at(d: IsoDate, hour: number, minute = 0): Date {
  return new Date(`${d}T${pad(hour)}:${pad(minute)}:00+08:00`);
}

/**
 * The clock of one item's history: each step moves forward (never back),
 * lands in office hours, and never passes the real present.
 */
export class Clock {
  private last: Date;
  private lastDate: IsoDate;
  private readonly todayDate: IsoDate;
  constructor(
    private readonly rng: Rng,
    start: IsoDate,
    private readonly realNow: Date,
  ) {
    this.last = at(start, 8, 30);
    this.lastDate = start;
    this.todayDate = todayInShanghai(realNow);
  }

  /** Today's date in the real world (Asia/Shanghai). */
  get today(): IsoDate {
    return this.todayDate;
  }

  /** The date of the last step. */
  get date(): IsoDate {
    return this.lastDate;
  }

  /** The moment of the last step (for ctx.now). */
  get now(): Date {
    return this.last;
  }

  /** Moves to a date (a working day when `workday`), at an office hour after the previous step. */
  to(d: IsoDate, workday = true): Date {
    let day = workday ? nextWorkday(d) : d;
    if (day < this.date) day = this.date;
    if (day > this.today) day = this.today;
    let t = at(day, this.rng.int(9, 16), this.rng.int(0, 59));
    if (t <= this.last) t = new Date(this.last.getTime() + this.rng.int(5, 40) * 60_000);
    if (t > this.realNow) t = new Date(Math.max(this.last.getTime() + 1000, this.realNow.getTime() - 60_000));
    this.last = t;
    this.lastDate = todayInShanghai(t);
    return t;
  }

  /** Moves forward by a random number of days in [min, max], but not past `limit`. */
  after(min: number, max: number, workday = true, limit?: IsoDate): Date {
    let d = addDays(this.date, this.rng.int(min, max));
    if (workday) d = nextWorkday(d);
    if (limit && d > limit) d = limit < this.date ? this.date : limit;
    return this.to(d, false);
  }

  /** Days from the last step to today. */
  daysToToday(): number {
    return diffDays(this.date, this.today);
  }
}

/** Today minus n days (Asia/Shanghai). */
export function daysAgo(realNow: Date, n: number): IsoDate {
  return addDays(todayInShanghai(realNow), -n);
}
