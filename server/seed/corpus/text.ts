/** Small text helpers shared by the generators. */
import type { Rng } from './rng';

/** Replaces every `{key}` in a template; unknown keys are left as they are. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => vars[key] ?? whole);
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一, 二, 三 … for 1..10 (falls back to the digits beyond). */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? String(n);
}

/** "一是…；二是…；三是…。" */
export function enumerateShi(clauses: readonly string[]): string {
  return clauses.map((c, i) => `${ordinal(i + 1)}是${c}`).join('；') + '。';
}

/** "（一）…。（二）…。" */
export function enumerateParen(clauses: readonly string[]): string {
  return clauses.map((c, i) => `（${ordinal(i + 1)}）${c}。`).join('');
}

/** Either enumeration style, chosen by the generator. */
export function enumerate(rng: Rng, clauses: readonly string[]): string {
  return rng.chance(0.5) ? enumerateShi(clauses) : enumerateParen(clauses);
}

/** The topic of a suggestion's or a proposal's title: 关于X的建议 (的提案) → X. */
export function titleCore(title: string): string {
  return title.replace(/^关于/u, '').replace(/的(几点|相关)?(建议|提案)$/u, '');
}

/** Random numbers used by phrase templates ({n1}, {n2}, {pct}, {pyear}). */
export function numberVars(rng: Rng, year: number): Record<string, string> {
  return {
    n1: String(rng.int(12, 98)),
    n2: String(rng.int(120, 960)),
    pct: String(rng.int(12, 68)),
    pyear: String(rng.int(year - 6, year - 2)),
  };
}
