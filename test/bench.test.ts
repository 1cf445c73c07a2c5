import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toActor } from '../server/auth/sessions';
import { openPostgres, queryRows } from '../server/db/client';
import { users } from '../server/db/schema';
import { submitSuggestion } from '../server/usecases/submission/submit-suggestion';
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
 * A tiny bench data set in a fresh PostgreSQL database: the demo seed (30
 * items) and a pool of submitted items for the write scenario, submitted by
 * the demo deputy. The one step to replace by `npm run bench:data -- --items 300`.
 */
async function prepareBenchData(): Promise<BenchData> {
  const name = `jianyi_bench_t_${crypto.randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const cleanup = () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined);
  try {
    await run(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'seed'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url.toString(), DEMO_ITEMS: '30', TZ: 'Asia/Shanghai' },
    });
    const d = openPostgres(url.toString(), 2);
    try {
      const [deputy] = await d.db.select().from(users).where(eq(users.username, 'deputy'));
      const [session] = await queryRows<{ id: number }>(d.db, sql`select id from sessions order by year desc, id desc limit 1`);
      for (let i = 1; i <= 8; i++) {
        await submitSuggestion(
          { db: d.db, actor: toActor(deputy) },
          { sessionId: session.id, title: `关于完善社区养老服务的建议（压测 ${i}）`, body: '建议加快社区养老服务设施建设。', period: 'plenary', cosignerDeputyIds: [] },
        );
      }
    } finally {
      await d.close();
    }
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
    await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--duration', '1', '--warmup', '0', '--connections', '1,2', '--floor-runs', '2', '--out', out], {
      cwd: ROOT,
      env: { ...process.env, ...data!.env, TZ: 'Asia/Shanghai' },
    });
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(r.database.kind).toBe('postgres');
    expect(r.database.items).toBeGreaterThan(0);
    expect(r.machine.cpus).toBeGreaterThan(0);
    expect(r.scenarios.map((s: { id: string }) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const s of r.scenarios) {
      expect(s.runs.map((x: { connections: number }) => x.connections), s.id).toEqual([1, 2]);
      for (const x of s.runs) {
        expect(x.rps, s.id).toBeGreaterThan(0);
        expect(x.latencyMs.p50, s.id).toBeGreaterThan(0);
        expect(x.latencyMs.p95, s.id).toBeGreaterThanOrEqual(x.latencyMs.p50);
        expect(x.latencyMs.p99, s.id).toBeGreaterThanOrEqual(x.latencyMs.p95);
      }
      if (s.kind === 'read') {
        expect(s.floor.executionMs, s.id).toBeGreaterThan(0);
        expect(s.runs.every((x: { non2xx: number; errors: number }) => x.non2xx === 0 && x.errors === 0), s.id).toBe(true);
      }
    }
    const write = r.scenarios.find((s: { id: string }) => s.id === 'f');
    expect(write.runs.reduce((a: number, x: { requests: number }) => a + x.requests, 0)).toBeGreaterThan(0);
    expect(write.runs.every((x: { non2xx: number; errors: number }) => x.non2xx === 0 && x.errors === 0)).toBe(true);
    expect(r.server.rssMaxMb).toBeGreaterThan(0);
    expect(r.targets.checks.length).toBeGreaterThan(0);
  });
});
