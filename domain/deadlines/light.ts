import { diffDays, type IsoDate } from './dates';

/** The ledger light (红灯/黄灯/绿灯); 'none' for a finished item or one with no deadline. */
export const LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type Light = (typeof LIGHTS)[number];

export interface LightInput {
  due: IsoDate | null;
  today: IsoDate;
  /** yellow when at most this many days are left (rules profile, default 10) */
  yellowDays: number;
  done: boolean;
}

/**
 * R-SUP-1: done or no deadline → none; past the due date → red; due within
 * `yellowDays` days (due today included) → yellow; else green.
 * `daysLeft` is due − today in calendar days (negative when overdue), null
 * when the light is 'none' (nothing to count down).
 */
export function computeLight(input: LightInput): { light: Light; daysLeft: number | null } {
  const { due, today, yellowDays, done } = input;
  if (done || due === null) return { light: 'none', daysLeft: null };
  const daysLeft = diffDays(today, due);
  if (daysLeft < 0) return { light: 'red', daysLeft };
  if (daysLeft <= yellowDays) return { light: 'yellow', daysLeft };
  return { light: 'green', daysLeft };
}
