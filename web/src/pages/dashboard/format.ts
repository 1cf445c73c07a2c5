import type { DashboardStatistics } from '../../api/dashboard';

/** Figures as the dashboards print them: shares and rates to two decimals (R-STAT-1), a dash when there is nothing to divide. */
export function pct(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : `${n.toFixed(2)}%`;
}

/** Height of a horizontal bar chart with `rows` bars: readable bars, no matter how many units. */
export function barHeight(rows: number): number {
  return Math.max(180, rows * 30 + 70);
}

/** A day as a report writes it: 2025-06-30 → 2025年6月30日. */
export function cnDate(day: string | null | undefined): string {
  if (!day) return '—';
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A count with its share, as a report prints it: 12 件（占 30.00%）. */
export function countShare(c: { count: number; share: number }, unit = '件'): string {
  return `${c.count} ${unit}（占 ${pct(c.share)}）`;
}

/** The result classes the figures show (the rules profile's scheme, in order), each with its count and share. */
export function classRows(st: DashboardStatistics) {
  return st.classScheme.map((d) => ({ key: d.code, name: d.label, definition: d.definition, ...(st.resultClasses[d.code] ?? { count: 0, share: 0 }) }));
}
