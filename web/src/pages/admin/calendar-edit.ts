/** Pure helpers of the holiday-calendar editor (R-LINE-1 calendar upkeep). */
import { addDays, isWeekend } from '../../../../domain/deadlines/dates';

export type DayMark = 'holiday' | 'makeup' | null;

export interface Schedule {
  holidays: string[];
  makeupWorkdays: string[];
}

export function markOf(s: Schedule, d: string): DayMark {
  if (s.holidays.includes(d)) return 'holiday';
  if (s.makeupWorkdays.includes(d)) return 'makeup';
  return null;
}

/**
 * The next mark when a day is clicked: Mon–Fri toggles a holiday; a weekend
 * day goes plain → holiday (part of a holiday period) → make-up working day → plain.
 */
export function cycleDay(s: Schedule, d: string): Schedule {
  const mark = markOf(s, d);
  const holidays = s.holidays.filter((x) => x !== d);
  const makeupWorkdays = s.makeupWorkdays.filter((x) => x !== d);
  const next: DayMark = mark === null ? 'holiday' : mark === 'holiday' && isWeekend(d) ? 'makeup' : null;
  if (next === 'holiday') holidays.push(d);
  if (next === 'makeup') makeupWorkdays.push(d);
  return { holidays: holidays.sort(), makeupWorkdays: makeupWorkdays.sort() };
}

/** Runs of consecutive dates: ['01-01','01-02','01-05'] → [['01-01','01-02'],['01-05']]. */
export function runsOf(dates: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const d of [...dates].sort()) {
    const last = runs.at(-1);
    if (last && addDays(last[last.length - 1], 1) === d) last.push(d);
    else runs.push([d]);
  }
  return runs;
}

const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
export const weekdayName = (d: string) => `周${WEEKDAYS[new Date(`${d}T00:00:00Z`).getUTCDay()]}`;

/** '2月16日–2月22日（7天）' or '1月1日（周四）'. */
export function runText(run: readonly string[]): string {
  return run.length === 1 ? `${md(run[0])}（${weekdayName(run[0])}）` : `${md(run[0])}–${md(run[run.length - 1])}（${run.length}天）`;
}

export function sameSchedule(a: Schedule, b: Schedule): boolean {
  return a.holidays.join() === b.holidays.join() && a.makeupWorkdays.join() === b.makeupWorkdays.join();
}

/** Days that differ between the local and the official schedule (to mark them in the grid). */
export function changedDays(local: Schedule, official: Schedule | null): Set<string> {
  const o = official ?? { holidays: [], makeupWorkdays: [] };
  const out = new Set<string>();
  for (const d of new Set([...local.holidays, ...local.makeupWorkdays, ...o.holidays, ...o.makeupWorkdays])) if (markOf(local, d) !== markOf(o, d)) out.add(d);
  return out;
}
