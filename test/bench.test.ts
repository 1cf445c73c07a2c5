import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, queryRows } from '../server/db/client';
import { loadBenchData } from '../bench/data';
import { DB_KINDS } from './helpers/db';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface BenchData {
  /** Environment for `npm run bench` (BENCH_DATABASE_URL). */
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A tiny bench data set in a fresh PostgreSQL database, made by the generator
 * itself (npm run bench:data, issue 6 §1): 300 items over the sessions, with a
 * pool of submitted items in the latest one for the write scenario.
 */
async function prepareBenchData(): Promise<BenchData> {
  const name = `jianyi_bench_t_${crypto.randomBytes(6).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const cleanup = () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined);
  try {
    const res = await loadBenchData({ items: 300, url: url.toString() });
    expect(res.rows.items).toBe(300);
    // Every state of the lifecycle is there, and the history is about ten events an item.
    const d = openPostgres(url.toString(), 1);
    try {
      const states = await queryRows<{ state: string }>(d.db, sql`select distinct state from items`);
      expect(states.length).toBeGreaterThanOrEqual(8);
      const [{ n }] = await queryRows<{ n: number }>(d.db, sql`select count(*)::int as n from items where state = 'submitted' and version = 1`);
      expect(n).toBeGreaterThanOrEqual(8);
    } finally {
      await d.close();
    }
    expect(res.rows.item_events / res.rows.items).toBeGreaterThan(5);
  } catch (e) {
    await cleanup();
    throw e;
  }
  return { env: { BENCH_DATABASE_URL: url.toString() }, cleanup };
}

describe.runIf(DB_KINDS.includes('postgres'))('npm run bench (tiny data, short runs)', () => {
  let data: BenchData | undefined;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-bench-')), 'results.json');

  beforeAll(async () => {
    data = await prepareBenchData();
  });
  afterAll(async () => {
    await data?.cleanup();
  });

  it('measures all six scenarios, with SQL floors for the reads and no write errors', { timeout: 120_000 }, async () => {
    await run(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--duration', '1', '--warmup', '0', '--connections', '1,2', '--floor-runs', '2', '--out', out],
      {
        cwd: ROOT,
        env: { ...process.env, ...data!.env, TZ: 'Asia/Shanghai' },
      },
    );
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(r.database.kind).toBe('postgres');
    expect(r.database.items).toBeGreaterThan(0);
    expect(r.machine.cpus).toBeGreaterThan(0);
    expect(r.scenarios.map((s: { id: string }) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const s of r.scenarios) {
      expect(
        s.runs.map((x: { connections: number }) => x.connections),
        s.id,
      ).toEqual([1, 2]);
      for (const x of s.runs) {
        expect(x.rps, s.id).toBeGreaterThan(0);
        expect(x.latencyMs.p50, s.id).toBeGreaterThan(0);
        expect(x.latencyMs.p95, s.id).toBeGreaterThanOrEqual(x.latencyMs.p50);
        expect(x.latencyMs.p99, s.id).toBeGreaterThanOrEqual(x.latencyMs.p95);
      }
      if (s.kind === 'read') {
        expect(s.floor.executionMs, s.id).toBeGreaterThan(0);
        expect(
          s.runs.every((x: { non2xx: number; errors: number }) => x.non2xx === 0 && x.errors === 0),
          s.id,
        ).toBe(true);
      }
    }
    const write = r.scenarios.find((s: { id: string }) => s.id === 'f');
    expect(write.runs.reduce((a: number, x: { requests: number }) => a + x.requests, 0)).toBeGreaterThan(0);
    expect(write.runs.every((x: { non2xx: number; errors: number }) => x.non2xx === 0 && x.errors === 0)).toBe(true);
    expect(r.server.rssMaxMb).toBeGreaterThan(0);
    expect(r.targets.checks.length).toBeGreaterThan(0);
  });

  it(
    'the mixed scenario (--mix): several accounts, drawn parameters, writes interleaved; per-kind percentiles and no errors',
    { timeout: 120_000 },
    async () => {
      const mixOut = path.join(path.dirname(out), 'mix.json');
      const args = ['--mix', '--writes', '0.2', '--seed', '11', '--duration', '2', '--warmup', '0', '--connections', '1,3', '--out', mixOut];
      // Its own data: the six scenarios' write (f) has used the submitted items of the shared set.
      const own = await prepareBenchData();
      try {
        await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], { cwd: ROOT, env: { ...process.env, ...own.env, TZ: 'Asia/Shanghai' } });
      } finally {
        await own.cleanup();
      }
      const r = JSON.parse(fs.readFileSync(path.join(path.dirname(out), 'mix-mix.json'), 'utf8'));
      expect(r).toMatchObject({ database: 'postgres', seed: 11, writeShare: 0.2 });
      expect(r.runs.map((x: { connections: number }) => x.connections)).toEqual([1, 3]);
      for (const x of r.runs) {
        expect(x.requests).toBeGreaterThan(0);
        expect(x.errors, x.errorSamples.join('\n')).toBe(0);
        // Reads of several kinds, and writes among them.
        const kinds = x.byKind.map((k: { kind: string }) => k.kind);
        expect(kinds.filter((k: string) => !k.startsWith('review') && k !== 'contact').length).toBeGreaterThanOrEqual(5);
        for (const k of x.byKind) expect(k.latencyMs.p95).toBeGreaterThanOrEqual(k.latencyMs.p50);
      }
      const kinds = new Set(r.runs.flatMap((x: { byKind: { kind: string }[] }) => x.byKind.map((k) => k.kind)));
      expect([...kinds].some((k) => String(k).startsWith('review.'))).toBe(true);
    },
  );
});
