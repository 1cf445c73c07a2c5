import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema';
import { installCacheMarks } from './cache-marks';
import { installStatCounters } from './stat-counters';
import { NamingClient } from './named-statements';

export type Schema = typeof schema;
/** A database handle or a transaction: use cases take either (rule 7: pass it explicitly). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** PostgreSQL server through node-postgres (DATABASE_URL set). */
export function openPostgres(url: string, poolSize = 10): Database {
  // Deadlines and reports are computed in Asia/Shanghai whatever the server's zone.
  // jit=off: JIT compilation of a large aggregate costs ~100 ms, more than the query, and stays
  // expensive on that connection (bench, issue 6). No parallel workers: on a 2-core server
  // they take the cores the other requests need.
  // NamingClient: recurring reads are prepared once per connection (db/named-statements.ts).
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: '-c TimeZone=Asia/Shanghai -c jit=off -c max_parallel_workers_per_gather=0',
    Client: NamingClient,
  });
  // An idle connection the server ends (a restart, a dropped database) is an 'error' on the pool: without a
  // listener Node throws it and the process dies. The pool discards that connection and opens another.
  pool.on('error', (e) => console.warn(`PostgreSQL 空闲连接已断开：${e.message}`));
  const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      await migratePg(db as never, { migrationsFolder });
      await installStatCounters(db);
      await installCacheMarks(db);
    },
    close: () => pool.end(),
  };
}

/**
 * Embedded PGlite (DATABASE_URL unset). `dataDir` undefined → in memory (tests).
 * PGlite is single-process: a lock file refuses a second server on the same directory.
 */
export async function openPglite(dataDir?: string, opts: { loadDataDir?: Blob | File } = {}): Promise<Database> {
  let releaseLock = () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    releaseLock = takeLock(path.join(dataDir, 'jianyi.lock'));
  }
  const client = await PGlite.create({ dataDir, loadDataDir: opts.loadDataDir });
  await client.exec(`set time zone 'Asia/Shanghai'`);
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
      await installStatCounters(db);
      await installCacheMarks(db);
    },
    close: async () => {
      await client.close();
      releaseLock();
    },
    // exposed for test templates
    ...({ pglite: client } as object),
  };
}

function takeLock(lockFile: string): () => void {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const pid = Number(fs.readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`数据目录 ${path.dirname(lockFile)} 正被进程 ${pid} 使用（PGlite 只允许一个进程）`);
    }
    fs.writeFileSync(lockFile, String(process.pid));
  }
  return () => fs.rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function openDatabase(cfg: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return cfg.databaseUrl ? openPostgres(cfg.databaseUrl) : openPglite(path.join(cfg.dataDir, 'pglite'));
}

/** Runs raw SQL (read side) and returns its rows; both drivers answer `{ rows }`. */
export async function queryRows<T = Record<string, unknown>>(db: Db, q: import('drizzle-orm').SQL): Promise<T[]> {
  const r = (await db.execute(q)) as unknown as { rows: T[] };
  return r.rows;
}

/** A list of values as bound parameters for `in (…)`: sql`state in (${sqlList(states)})`. */
export function sqlList(values: readonly (string | number)[]): import('drizzle-orm').SQL {
  return sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
}

/**
 * Awaits queries one after another (Drizzle runs a query when it is awaited). For reads that run
 * inside a transaction: its one connection takes one query at a time anyway, and overlapping
 * queries on one pg client are deprecated (refused from pg 9).
 */
export async function sequentially<T extends readonly unknown[]>(queries: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const out: unknown[] = [];
  for (const q of queries) out.push(await q);
  return out as { -readonly [K in keyof T]: Awaited<T[K]> };
}
