import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { openPglite, openPostgres, type Db } from '../server/db/client';
import * as schema from '../server/db/schema';
import type { BenchOptions } from './options';

/** One SQL statement as the driver sent it. */
export interface Statement {
  sql: string;
  params: unknown[];
}

export interface Explained {
  executionMs: number;
  planningMs: number;
}

/**
 * The bench database opened in-process for the parameters and the SQL floors:
 * a Drizzle handle whose logger records every statement (`capture`), and the
 * raw client to EXPLAIN ANALYZE them with the same parameters.
 */
export interface BenchDb {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Runs `fn` and returns the statements it sent (reads and writes, not transaction control). */
  capture<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[] }>;
  /**
   * EXPLAIN (ANALYZE, FORMAT JSON) of each statement, in order, on one connection;
   * `rollback`: inside a transaction rolled back afterwards (writes).
   */
  explainAll(statements: Statement[], opts?: { rollback?: boolean }): Promise<Explained[]>;
  /** A raw query on the driver (no capture). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export class BenchDataMissing extends Error {}

const DATA_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i;
const missing = (where: string) =>
  new BenchDataMissing(`基准数据库 ${where} 不存在或为空：请先运行 npm run bench:data（The bench database is missing or empty: run npm run bench:data first）`);

function explainedOf(rows: Record<string, unknown>[]): Explained {
  let plan = rows[0]?.['QUERY PLAN'];
  if (typeof plan === 'string') plan = JSON.parse(plan);
  const top = (plan as Record<string, number>[])[0];
  return { executionMs: top['Execution Time'], planningMs: top['Planning Time'] };
}

/** Opens the bench database (migrated to the current schema); refuses a missing or empty one. */
export async function openBenchDb(o: Pick<BenchOptions, 'kind' | 'databaseUrl' | 'dataDir'>): Promise<BenchDb> {
  let sink: Statement[] | null = null;
  const logger: Logger = {
    logQuery(query, params) {
      if (sink && DATA_STATEMENT.test(query)) sink.push({ sql: query, params: [...params] });
    },
  };
  const capture = async <T>(fn: () => Promise<T>) => {
    const statements: Statement[] = [];
    sink = statements;
    try {
      return { result: await fn(), statements };
    } finally {
      sink = null;
    }
  };
  const withDb = async (b: Omit<BenchDb, 'capture'>): Promise<BenchDb> => {
    const bench = { ...b, capture };
    try {
      const [r] = await bench.query<{ n: number }>('select count(*)::int as n from items');
      if (!r || r.n === 0) throw missing(o.kind === 'pglite' ? o.dataDir : redact(o.databaseUrl));
    } catch (e) {
      await bench.close();
      if (e instanceof BenchDataMissing) throw e;
      throw missing(o.kind === 'pglite' ? o.dataDir : redact(o.databaseUrl));
    }
    return bench;
  };

  if (o.kind === 'pglite') {
    // openPglite would create an empty database in a missing directory: check first.
    if (!fs.existsSync(path.join(o.dataDir, 'pglite', 'PG_VERSION'))) throw missing(path.join(o.dataDir, 'pglite'));
    const d = await openPglite(path.join(o.dataDir, 'pglite'));
    await migrated(d.migrate(), o.dataDir).catch(async (e: unknown) => {
      await d.close();
      throw e;
    });
    const client = (d as unknown as { pglite: PGlite }).pglite;
    const db = drizzlePglite(client, { schema, casing: 'snake_case', logger }) as unknown as Db;
    const query = async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows;
    return withDb({
      db,
      kind: 'pglite',
      query,
      explainAll: async (statements, opts = {}) => {
        const out: Explained[] = [];
        if (opts.rollback) await client.query('begin');
        try {
          for (const s of statements) out.push(explainedOf(await query(`explain (analyze, timing off, format json) ${s.sql}`, s.params)));
        } finally {
          if (opts.rollback) await client.query('rollback');
        }
        return out;
      },
      close: () => d.close(),
    });
  }

  // A clear message for a database that does not exist, before migrating it.
  const probe = new pg.Client({ connectionString: o.databaseUrl });
  try {
    await probe.connect();
  } catch (e) {
    if ((e as { code?: string }).code === '3D000') throw missing(redact(o.databaseUrl));
    throw new Error(`无法连接基准数据库 ${redact(o.databaseUrl)}：${e instanceof Error ? e.message : e}`, { cause: e });
  } finally {
    await probe.end().catch(() => {});
  }
  const [tables] = await withClient(o.databaseUrl, (c) =>
    c.query<{ n: number }>(`select count(*)::int as n from information_schema.tables where table_name = 'items'`),
  ).then((r) => r.rows);
  if (!tables.n) throw missing(redact(o.databaseUrl));
  const migrator = openPostgres(o.databaseUrl, 1);
  try {
    await migrated(migrator.migrate(), redact(o.databaseUrl));
  } finally {
    await migrator.close();
  }

  const pool = new pg.Pool({ connectionString: o.databaseUrl, max: 4, options: '-c TimeZone=Asia/Shanghai' });
  const db = drizzlePg(pool, { schema, casing: 'snake_case', logger }) as unknown as Db;
  const query = async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[];
  return withDb({
    db,
    kind: 'postgres',
    query,
    explainAll: async (statements, opts = {}) => {
      const client = await pool.connect();
      const out: Explained[] = [];
      try {
        if (opts.rollback) await client.query('begin');
        for (const s of statements) out.push(explainedOf((await client.query(`explain (analyze, timing off, format json) ${s.sql}`, s.params)).rows));
      } finally {
        if (opts.rollback) await client.query('rollback').catch(() => {});
        client.release();
      }
      return out;
    },
    close: () => pool.end(),
  });
}

/** The server migrates on start too; the floors must run on the schema it will serve. */
async function migrated(run: Promise<void>, where: string): Promise<void> {
  try {
    await run;
  } catch (e) {
    const cause = (e as { cause?: { message?: string } }).cause?.message ?? (e instanceof Error ? e.message : String(e));
    throw new Error(`基准数据库 ${where} 迁移失败（${cause}）：数据库与 server/db/migrations 不一致，请重新运行 npm run bench:data`, { cause: e });
  }
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The URL without its password, for messages and results. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
