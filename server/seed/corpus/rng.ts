/**
 * Deterministic pseudo-random generator for demo data (mulberry32).
 * No Math.random anywhere in the corpus: every generator takes an `Rng`.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(arr: readonly T[]): T;
  /** One value, chosen with probability proportional to its weight. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(arr: readonly T[]): T[];
  /** True with probability p. */
  chance(p: number): boolean;
  /** k distinct elements (by position) in random order; k is capped at arr.length. */
  sample<T>(arr: readonly T[], k: number): T[];
  /** A new independent generator derived from this one (for sub-streams). */
  fork(): Rng;
}

/** Creates a mulberry32 generator; the same seed always yields the same sequence. */
export function createRng(seed: number): Rng {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    const lo = Math.ceil(Math.min(min, max));
    const hi = Math.floor(Math.max(min, max));
    return lo + Math.floor(next() * (hi - lo + 1));
  };

  const pick = <T>(arr: readonly T[]): T => {
    if (arr.length === 0) throw new Error('pick: empty array');
    return arr[Math.floor(next() * arr.length)] as T;
  };

  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    if (pairs.length === 0) throw new Error('weighted: empty list');
    let total = 0;
    for (const [, w] of pairs) total += Math.max(0, w);
    if (total <= 0) return pick(pairs)[0];
    let r = next() * total;
    for (const [value, w] of pairs) {
      r -= Math.max(0, w);
      if (r < 0) return value;
    }
    return (pairs[pairs.length - 1] as readonly [T, number])[0];
  };

  const shuffle = <T>(arr: readonly T[]): T[] => {
    const out = arr.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };

  const chance = (p: number): boolean => next() < p;

  const sample = <T>(arr: readonly T[], k: number): T[] => {
    const n = Math.max(0, Math.min(Math.floor(k), arr.length));
    const idx = arr.map((_, i) => i);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (idx.length - i));
      const tmp = idx[i] as number;
      idx[i] = idx[j] as number;
      idx[j] = tmp;
    }
    return idx.slice(0, n).map((i) => arr[i] as T);
  };

  const fork = (): Rng => createRng(Math.floor(next() * 4294967296));

  return { next, int, pick, weighted, shuffle, chance, sample, fork };
}
