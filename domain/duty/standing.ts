/**
 * A deputy's standing in a year (R-DUTY-1, R-LINE-4, seed 002): the records of each duty, the targets met
 * and short, the points under the congress's rulebook, whether they may be recommended, and the ranking
 * of a list by points. Pure: the server's lists, pages and documents and the workbench read the same.
 */
import { DEFAULT_POINT_RULES, DUTY_KINDS, notRecommendable, pointsFor, targetsShort, type DutyKind, type PointRule } from './duty';

/** Evidence files one entered record carries: at least one, at most this many. */
export const MAX_EVIDENCE_FILES = 5;

export type DutyCounts = Record<DutyKind, number>;

export const zeroCounts = (): DutyCounts => Object.fromEntries(DUTY_KINDS.map((k) => [k, 0])) as DutyCounts;

export interface DutyStanding {
  counts: DutyCounts;
  points: { byKind: Record<DutyKind, number>; total: number };
  short: DutyKind[];
  notRecommendable: boolean;
}

export function standingOf(counts: Partial<DutyCounts>, rules: readonly PointRule[]): DutyStanding {
  const full = { ...zeroCounts(), ...counts };
  return { counts: full, points: pointsFor(full, rules), short: targetsShort(full), notRecommendable: notRecommendable(full) };
}

/** A rulebook with one line per duty in the duties' order; a kind it lacks takes the default line. */
export function completeRules(rules: readonly PointRule[]): PointRule[] {
  return DUTY_KINDS.map((kind) => rules.find((r) => r.kind === kind) ?? DEFAULT_POINT_RULES.find((r) => r.kind === kind)!);
}

/**
 * Ranks rows by points, most first (competition ranking: 1, 1, 3); rows with equal points keep the order
 * they came in (the caller's: by delegation and name).
 */
export function rankByPoints<T extends { total: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.total - a.r.total || a.i - b.i);
  let rank = 0;
  return sorted.map(({ r }, i) => {
    if (i === 0 || r.total !== sorted[i - 1].r.total) rank = i + 1;
    return { ...r, rank };
  });
}

/** Points as the pages and documents print them: 3, 2.5. */
export const pointsText = (x: number): string => String(Math.round(x * 100) / 100);
