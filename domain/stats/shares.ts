/**
 * Rates and shares for statistics (R-STAT-1: shares printed to two decimals
 * add up to exactly 100.00%).
 */

function unitsPerPercent(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`小数位数必须是 0–6 的整数：${decimals}`);
  }
  return 10 ** decimals;
}

/**
 * Percentages of each count, rounded by the largest-remainder method so that
 * they add up to exactly 100 (R-STAT-1). Ties go to the larger remainder, then
 * the earlier index. All zeros when the total is 0.
 * Example: [40, 89, 20] → [26.85, 59.73, 13.42].
 */
export function sharesOf(counts: number[], decimals = 2): number[] {
  const scale = unitsPerPercent(decimals);
  for (const c of counts) {
    if (!Number.isSafeInteger(c) || c < 0) throw new RangeError(`计数必须是非负整数：${c}`);
  }
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  // Work in integer units of 10^-decimals percent: 100% = 100 * scale units.
  // BigInt keeps count * units exact even for very large counts.
  const units = BigInt(100 * scale);
  const big = BigInt(total);
  const floors = counts.map((c) => (BigInt(c) * units) / big);
  const remainders = counts.map((c) => (BigInt(c) * units) % big);
  let left = Number(units - floors.reduce((a, b) => a + b, 0n));
  const order = counts.map((_, i) => i).sort((i, j) => (remainders[j] > remainders[i] ? 1 : remainders[j] < remainders[i] ? -1 : i - j));
  const result = floors.map((f) => Number(f));
  for (const i of order) {
    if (left === 0) break;
    result[i] += 1;
    left -= 1;
  }
  return result.map((u) => u / scale);
}

/**
 * `part / whole` as a percentage rounded half-up to `decimals` places (reply
 * rate, on-time rate, contact rate… of R-STAT-1); null when `whole` is 0.
 */
export function rate(part: number, whole: number, decimals = 2): number | null {
  const scale = unitsPerPercent(decimals);
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || part < 0 || whole < 0) {
    throw new RangeError(`比率的分子和分母必须是非负整数：${part}/${whole}`);
  }
  if (whole === 0) return null;
  const num = BigInt(part) * BigInt(100 * scale);
  const den = BigInt(whole);
  // half-up: floor((2·num + den) / (2·den))
  const units = (2n * num + den) / (2n * den);
  return Number(units) / scale;
}

/** A percentage with two decimals: 26.85 → '26.85%', 100 → '100.00%'; null (no base) → '—' (R-STAT-1 printing). */
export function formatPercent(n: number | null, decimals = 2): string {
  return n === null ? '—' : `${n.toFixed(decimals)}%`;
}
