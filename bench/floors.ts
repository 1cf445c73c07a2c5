import type { BenchDb } from './db';
import type { Scenario } from './scenarios';

export interface VariantFloor {
  label: string;
  /** Statements the endpoint's query functions send. */
  statements: number;
  /** Median over the repetitions of the summed EXPLAIN ANALYZE 'Execution Time'. */
  executionMs: number;
  planningMs: number;
}

export interface Floor {
  /** Mean of the variants' medians (the scenario's requests rotate through its variants evenly). */
  executionMs: number;
  planningMs: number;
  variants: VariantFloor[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The SQL floor of a scenario (issue 6 §2): the statements its endpoint's
 * query functions send, captured from a real call, each run under EXPLAIN
 * (ANALYZE, TIMING OFF: the total without per-node clock reads, which cost
 * much under PGlite's WASM) with its parameters; the sum over a request's statements, median
 * of `runs` repetitions after one warm-up. A write's statements run in a
 * transaction that is rolled back.
 */
export async function measureFloor(bench: BenchDb, scenario: Scenario, runs: number): Promise<Floor | null> {
  if (!scenario.variants.length) return null;
  const rollback = scenario.kind === 'write';
  const variants: VariantFloor[] = [];
  for (const v of scenario.variants) {
    const { statements } = await bench.capture(() => v.floor(bench.db));
    if (!statements.length) throw new Error(`场景 ${scenario.id}（${v.label}）没有捕获到任何 SQL 语句`);
    await bench.explainAll(statements, { rollback });
    const exec: number[] = [];
    const plan: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await bench.explainAll(statements, { rollback });
      exec.push(r.reduce((a, x) => a + x.executionMs, 0));
      plan.push(r.reduce((a, x) => a + x.planningMs, 0));
    }
    variants.push({ label: v.label, statements: statements.length, executionMs: round3(median(exec)), planningMs: round3(median(plan)) });
  }
  return {
    executionMs: round3(mean(variants.map((v) => v.executionMs))),
    planningMs: round3(mean(variants.map((v) => v.planningMs))),
    variants,
  };
}
