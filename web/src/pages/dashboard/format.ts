/** Figures as the dashboards print them: shares and rates to two decimals (R-STAT-1), a dash when there is nothing to divide. */
export function pct(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : `${n.toFixed(2)}%`;
}

/** Height of a horizontal bar chart with `rows` bars: readable bars, no matter how many units. */
export function barHeight(rows: number): number {
  return Math.max(180, rows * 30 + 70);
}
