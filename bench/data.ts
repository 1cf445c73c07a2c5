/**
 * `npm run bench:data -- --items 200000 [--pglite] [--seed 2026]` (issue 6 §1):
 * recreates the benchmark database and loads a deterministic decade of a
 * province into it with COPY. PostgreSQL: BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/jianyi_bench; the database is dropped and
 * created). PGlite: BENCH_DATA_DIR/pglite (default data/bench/pglite).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { hashPassword } from '../server/auth/passwords';
import { openPglite, openPostgres, type Database } from '../server/db/client';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { CopySink, type CopyTarget } from './copy-sink';
import { defaultOptions, generate } from './generate';
import { IDENTITY_TABLES, TABLES } from './tables';
import { setCacheMarks } from '../server/db/cache-marks';
import { pauseStatCounters, resumeStatCounters } from '../server/db/stat-counters';

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/jianyi_bench';

export function benchDataDir(): string {
  return path.resolve(process.env.BENCH_DATA_DIR ?? 'data/bench', 'pglite');
}

export interface LoadResult {
  items: number;
  rows: Record<string, number>;
  seconds: { generateAndCopy: number; indexesAndAnalyze: number; total: number };
  target: string;
}

/** Drops and creates the PostgreSQL database of `url` (connecting to its server's `postgres` database). */
async function recreatePostgres(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`基准库名只能含小写字母、数字和下划线：${name}`);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

export async function loadBenchData(opts: {
  items: number;
  seed?: number;
  pglite?: boolean;
  url?: string;
  dataDir?: string;
  log?: (s: string) => void;
}): Promise<LoadResult> {
  const log = opts.log ?? (() => {});
  const o = { ...defaultOptions(opts.items), ...(opts.seed !== undefined ? { seed: opts.seed } : {}) };
  const t0 = Date.now();
  let d: Database;
  let target: CopyTarget;
  let where: string;
  if (opts.pglite) {
    const dir = opts.dataDir ?? benchDataDir();
    fs.rmSync(dir, { recursive: true, force: true });
    d = await openPglite(dir);
    target = { kind: 'pglite', client: (d as unknown as { pglite: PGlite }).pglite };
    where = `PGlite ${dir}`;
  } else {
    const url = opts.url ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL;
    await recreatePostgres(url);
    d = openPostgres(url, 2);
    target = { kind: 'postgres', pool: (d.db as unknown as { $client: pg.Pool }).$client };
    where = `PostgreSQL ${url}`;
  }
  try {
    await d.migrate();
    log(`${where}: ${o.items} 件建议，${o.years} 个会次，${o.units} 个承办单位，${o.deputies} 名代表，待审核池 ${o.submittedPool} 件`);
    // The counters (issue 18) are rebuilt once after the load, not item by item at each COPY's commit.
    await pauseStatCounters(d.db);
    await setCacheMarks(d.db, false);
    const sink = new CopySink(target, TABLES);
    const exec = (q: string) => (target.kind === 'pglite' ? target.client.exec(q) : target.pool.query(q));
    await generate(sink, o, await hashPassword(DEMO_PASSWORD));
    await sink.flush();
    const t1 = Date.now();
    for (const t of IDENTITY_TABLES) {
      await exec(`select setval(pg_get_serial_sequence('${t}', 'id'), coalesce((select max(id) from ${t}), 0) + 1, false)`);
    }
    // Statistics first: the rebuild's per-item lookups need the planner to know the tables' sizes.
    await exec('analyze');
    await resumeStatCounters(d.db);
    await setCacheMarks(d.db, true);
    // VACUUM sets the visibility map, so index-only scans skip the heap as on a database in use.
    await exec('vacuum analyze');
    const t2 = Date.now();
    const rows = Object.fromEntries(sink.counts);
    return {
      items: o.items,
      rows,
      seconds: { generateAndCopy: (t1 - t0) / 1000, indexesAndAnalyze: (t2 - t1) / 1000, total: (t2 - t0) / 1000 },
      target: where,
    };
  } finally {
    await d.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: { items: { type: 'string', default: '200000' }, seed: { type: 'string' }, pglite: { type: 'boolean', default: false }, url: { type: 'string' } },
  });
  const items = Number(values.items);
  if (!Number.isInteger(items) || items < 20 || items > 2_000_000) {
    console.error('--items 须为 20–2000000 之间的整数');
    process.exit(2);
  }
  const res = await loadBenchData({
    items,
    seed: values.seed ? Number(values.seed) : undefined,
    pglite: values.pglite,
    url: values.url,
    log: (s) => console.log(s),
  });
  console.log(`载入完成（${res.target}）：`);
  for (const [t, n] of Object.entries(res.rows)) console.log(`  ${t.padEnd(14)} ${n.toLocaleString('en-US')}`);
  console.log(
    `用时：生成与 COPY ${res.seconds.generateAndCopy.toFixed(1)} 秒，序列与 ANALYZE ${res.seconds.indexesAndAnalyze.toFixed(1)} 秒，共 ${res.seconds.total.toFixed(1)} 秒`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
