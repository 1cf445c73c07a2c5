import crypto from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../server/db/client';

export type DbKind = 'pglite' | 'postgres';
/** Every integration test runs on both databases (TEST_DATABASES narrows it locally). */
export const DB_KINDS: DbKind[] = ((process.env.TEST_DATABASES ?? 'pglite,postgres').split(',') as DbKind[]).filter(Boolean);
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server. */
export async function freshDatabase(kind: DbKind): Promise<Database & { url?: string }> {
  if (kind === 'pglite') {
    const d = await openPglite();
    await d.migrate();
    return d;
  }
  const name = `jianyi_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const d = openPostgres(url.toString(), 60);
  await d.migrate();
  return {
    ...d,
    url: url.toString(),
    close: async () => {
      await d.close();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      // pool.end() resolves before the server has seen every connection close; a forced drop
      // would then kill a closing connection and surface as an uncaught 57P01. Wait for them.
      for (let i = 0; i < 50; i++) {
        const r = await a.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (r.rows[0].n === 0) break;
        await new Promise((ok) => setTimeout(ok, 100));
      }
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
