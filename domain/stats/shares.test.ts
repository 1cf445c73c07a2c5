import { describe, it, expect } from 'vitest';
import { formatPercent, rate, sharesOf } from './shares';

/** A small deterministic PRNG (mulberry32) so the random cases are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sumUnits = (xs: number[], decimals = 2) => xs.reduce((a, x) => a + Math.round(x * 10 ** decimals), 0);

describe('sharesOf (R-STAT-1)', () => {
  it('matches the published county figures', () => {
    expect(sharesOf([40, 89, 20])).toEqual([26.85, 59.73, 13.42]);
    expect(sharesOf([117, 32])).toEqual([78.52, 21.48]);
    expect(sharesOf([117, 32, 0])).toEqual([78.52, 21.48, 0]);
  });
  it('breaks ties deterministically: larger remainder, then earlier index', () => {
    expect(sharesOf([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(sharesOf([1, 1, 1], 0)).toEqual([34, 33, 33]);
    expect(sharesOf([1, 2, 1, 2], 0)).toEqual([17, 33, 17, 33]);
    expect(sharesOf([1, 1, 1, 1, 1, 1], 1)).toEqual([16.7, 16.7, 16.7, 16.7, 16.6, 16.6]);
  });
  it('all zeros when the total is 0, empty for no counts', () => {
    expect(sharesOf([0, 0, 0])).toEqual([0, 0, 0]);
    expect(sharesOf([])).toEqual([]);
  });
  it('a single non-zero count gets 100', () => {
    expect(sharesOf([0, 7, 0])).toEqual([0, 100, 0]);
  });
  it('adds up to exactly 100 for many random vectors', () => {
    const rnd = mulberry32(20190212);
    for (let run = 0; run < 2000; run++) {
      const n = 1 + Math.floor(rnd() * 12);
      const max = [3, 100, 10_000, 1_000_000][run % 4];
      const counts = Array.from({ length: n }, () => Math.floor(rnd() * max));
      const decimals = run % 3; // 0, 1, 2
      const shares = sharesOf(counts, decimals);
      const total = counts.reduce((a, b) => a + b, 0);
      expect(shares).toHaveLength(n);
      expect(sumUnits(shares, decimals)).toBe(total === 0 ? 0 : 100 * 10 ** decimals);
      for (let i = 0; i < n; i++) {
        // each share is its exact value rounded down or up by one unit
        const exact = total === 0 ? 0 : (counts[i] * 100) / total;
        expect(Math.abs(shares[i] - exact)).toBeLessThan(10 ** -decimals + 1e-9);
        // and printed with `decimals` places it is exact (no float drift)
        expect(Number(shares[i].toFixed(decimals))).toBe(shares[i]);
      }
    }
  });
  it('refuses negative or fractional counts', () => {
    expect(() => sharesOf([1, -1])).toThrow(RangeError);
    expect(() => sharesOf([1.5])).toThrow(RangeError);
  });
});

describe('rate', () => {
  it('is a percentage rounded half-up', () => {
    expect(rate(268, 268)).toBe(100);
    expect(rate(40, 149)).toBe(26.85);
    expect(rate(1, 3)).toBe(33.33);
    expect(rate(2, 3)).toBe(66.67);
    expect(rate(1, 8)).toBe(12.5);
    expect(rate(1, 8, 1)).toBe(12.5);
    expect(rate(1, 16, 1)).toBe(6.3); // 6.25 → 6.3 (half-up, no float drift)
    expect(rate(0, 5)).toBe(0);
  });
  it('is null without a base', () => {
    expect(rate(0, 0)).toBeNull();
  });
});

describe('formatPercent', () => {
  it('prints two decimals', () => {
    expect(formatPercent(26.85)).toBe('26.85%');
    expect(formatPercent(100)).toBe('100.00%');
    expect(formatPercent(0)).toBe('0.00%');
    expect(formatPercent(12.5)).toBe('12.50%');
    expect(formatPercent(null)).toBe('—');
  });
});
