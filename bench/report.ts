import type { Floor } from './floors';
import type { LoadResult } from './load';

import type { ScenarioId } from './options';
import { FLOOR_FACTOR, FLOOR_SLACK_MS, TARGET_ITEMS, TARGET_RSS_MB, TARGETS } from './scenarios';

export interface RunResult extends LoadResult {
  /** p50 over the SQL floor (execution time). */
  ratioP50ToFloor: number | null;
  /** Seconds the server needed after the run to finish the requests it cut off (null: not within 300 s). */
  settleSeconds: number | null;
  /** Writes: fewer connections than asked for when the pool had fewer items left. */
  connectionsUsed?: number;
  /** Writes: the run stopped because its share of the submitted pool was used up. */
  poolExhausted?: boolean;
}

export interface ScenarioResult {
  id: ScenarioId;
  name: string;
  kind: 'read' | 'write';
  requests: string[];
  floor: Floor | null;
  runs: RunResult[];
  notes: string[];
}

export interface Check {
  scenario: ScenarioId | 'server';
  check: string;
  target: number;
  value: number | null;
  connections: number | null;
  /** null: not measured in this run (e.g. no 20-connection run). */
  pass: boolean | null;
}

const at = (s: ScenarioResult, conns: number) => s.runs.find((r) => r.connections === conns);
const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * How far above its SQL floor a run's typical request is: p50 over the floor;
 * for a scenario rotating several requests, the sum of each request's p50
 * over the sum of their floors (a mix's overall p50 would compare unlike requests).
 */
export function ratioToFloor(r: LoadResult, floor: Floor | null): number | null {
  if (!floor) return null;
  if (r.byRequest && r.byRequest.length === floor.variants.length) {
    if (r.byRequest.some((l) => !l.latencyMs)) return null;
    const f = floor.variants.reduce((a, v) => a + v.executionMs, 0);
    return f > 0 ? r2(r.byRequest.reduce((a, l) => a + l.latencyMs!.p50, 0) / f) : null;
  }
  return r.latencyMs && floor.executionMs > 0 ? r2(r.latencyMs.p50 / floor.executionMs) : null;
}

/** At one connection each request's p50 against 1.5× its own floor + 1 ms; the worst one decides. */
function floorCheck(s: ScenarioResult): Check {
  const one = at(s, 1);
  const base = { scenario: s.id, connections: 1 } as const;
  const rule = `p50 ms ≤ ${FLOOR_FACTOR}×floor+${FLOOR_SLACK_MS}`;
  if (!one || !s.floor) return { ...base, check: rule, target: 0, value: null, pass: null };
  const limit = (ms: number) => Math.round((ms * FLOOR_FACTOR + FLOOR_SLACK_MS) * 1000) / 1000;
  // A request never answered within the run counts as infinitely slow.
  const perRequest =
    one.byRequest && one.byRequest.length === s.floor.variants.length
      ? one.byRequest.map((l, i) => ({ label: s.floor!.variants[i].label, p50: l.latencyMs?.p50 ?? Infinity, limit: limit(s.floor!.variants[i].executionMs) }))
      : [{ label: '', p50: one.latencyMs?.p50 ?? Infinity, limit: limit(s.floor.executionMs) }];
  const worst = perRequest.reduce((a, b) => (b.p50 / b.limit > a.p50 / a.limit ? b : a));
  const label = perRequest.length > 1 ? `${rule}（${perRequest.length} 个请求中最差：${worst.label}）` : rule;
  const value = Number.isFinite(worst.p50) ? worst.p50 : null;
  return { ...base, check: label, target: worst.limit, value, pass: perRequest.every((x) => x.p50 <= x.limit) };
}

/**
 * The targets, checked on the figures: throughput and p95 at 20
 * connections (else at the most measured), every read's p50 at one connection
 * within 1.5× its SQL floor + 1 ms, writes without errors, server RSS.
 */
export function evaluateTargets(scenarios: ScenarioResult[], rssMaxMb: number | null): Check[] {
  const checks: Check[] = [];
  for (const s of scenarios) {
    if (!s.runs.length) continue;
    const t = TARGETS[s.id];
    const busiest = at(s, 20) ?? s.runs.reduce((a, b) => (b.connections > a.connections ? b : a));
    checks.push({ scenario: s.id, check: 'req/s ≥', target: t.minRps, value: busiest.rps, connections: busiest.connections, pass: busiest.rps >= t.minRps });
    if (t.maxP95Ms !== undefined) {
      const p95 = busiest.latencyMs?.p95 ?? null;
      checks.push({
        scenario: s.id,
        check: 'p95 ms ≤',
        target: t.maxP95Ms,
        value: p95,
        connections: busiest.connections,
        pass: p95 !== null && p95 <= t.maxP95Ms,
      });
    }
    if (s.kind === 'read') {
      checks.push(floorCheck(s));
    } else {
      const errors = s.runs.reduce((a, r) => a + r.non2xx + r.errors, 0);
      checks.push({ scenario: s.id, check: 'errors =', target: 0, value: errors, connections: null, pass: errors === 0 });
    }
  }
  checks.push({
    scenario: 'server',
    check: 'RSS MB ≤',
    target: TARGET_RSS_MB,
    value: rssMaxMb,
    connections: null,
    pass: rssMaxMb === null ? null : rssMaxMb <= TARGET_RSS_MB,
  });
  return checks;
}

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

/** The console table: one line per scenario and connection count, then the targets. */
export function formatReport(scenarios: ScenarioResult[], checks: Check[], items: number): string {
  const out: string[] = [];
  for (const s of scenarios) out.push(`(${s.id}) ${s.name}`);
  out.push('');
  const rows = [['scenario', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'floor ms', 'plan ms', 'p50/floor', 'settle s']];
  for (const s of scenarios) {
    if (!s.runs.length) rows.push([s.id, '—', '—', '—', '—', '—', '—', fmt(s.floor?.executionMs, 3), fmt(s.floor?.planningMs, 3), '—', '—']);
    for (const r of s.runs) {
      rows.push([
        s.id,
        String(r.connections),
        fmt(r.rps, 0),
        fmt(r.latencyMs?.p50),
        fmt(r.latencyMs?.p95),
        fmt(r.latencyMs?.p99),
        String(r.non2xx + r.errors),
        fmt(s.floor?.executionMs, 3),
        fmt(s.floor?.planningMs, 3),
        r.ratioP50ToFloor === null ? '—' : `${fmt(r.ratioP50ToFloor, 1)}×`,
        fmt(r.settleSeconds, 1),
      ]);
    }
  }
  out.push(table(rows));
  out.push('');
  out.push(`目标（${TARGET_ITEMS.toLocaleString('en')} 件时；本次 ${items.toLocaleString('en')} 件${items < TARGET_ITEMS ? '，仅供参考' : ''}）:`);
  for (const c of checks) {
    const mark = c.pass === null ? '·' : c.pass ? '✔' : '✘';
    const where = c.connections ? ` @${c.connections}` : '';
    out.push(`  ${mark} ${c.scenario}${where}: ${c.check} ${c.target} — ${c.value === null ? (c.pass === false ? '无应答' : '未测') : c.value}`);
  }
  for (const s of scenarios) for (const n of s.notes) out.push(`  注 (${s.id}): ${n}`);
  return out.join('\n');
}
