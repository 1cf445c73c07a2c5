/**
 * Issue 18: recurring reads go to PostgreSQL as named statements (server/db/named-statements.ts) — named after
 * a few uses, one name per text, never a write or a text search — and answer exactly as unnamed ones do.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { statementName } from '../server/db/named-statements';
import { openPostgres, queryRows } from '../server/db/client';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const onPostgres = (process.env.TEST_DATABASES ?? 'pglite,postgres').includes('postgres');

describe('named statements', () => {
  it('names a read from its third use on, the same name each time, one name per text', () => {
    const text = `select id from items where id = $1 /* ${Math.random()} */`;
    expect(statementName(text)).toBeNull();
    expect(statementName(text)).toBeNull();
    const name = statementName(text);
    expect(name).toMatch(/^jy_[\w-]{24}$/);
    expect(statementName(text)).toBe(name);
    const other = `with x as (select 1) select * from x /* ${Math.random()} */`;
    for (let i = 0; i < 2; i++) statementName(other);
    expect(statementName(other)).not.toBe(name);
  });

  it('never names a write or a text search', () => {
    const writes = [`update items set title = $1 where id = $2 /* ${Math.random()} */`, `insert into items (id) values ($1) /* ${Math.random()} */`];
    const search = `select id from items where search_vector @@ $1::tsquery /* ${Math.random()} */`;
    for (const text of [...writes, search]) for (let i = 0; i < 5; i++) expect(statementName(text)).toBeNull();
  });

  it.runIf(onPostgres)('PostgreSQL prepares a named read once per connection and it answers as an unnamed one', async () => {
    const d = openPostgres(ADMIN_URL, 1);
    try {
      const read = (n: number) => queryRows<{ v: number; s: string }>(d.db, sql`select ${n}::int * 2 as v, ${`值${n}`}::text as s`);
      for (let n = 0; n < 6; n++) expect(await read(n)).toEqual([{ v: n * 2, s: `值${n}` }]);
      const prepared = await queryRows<{ name: string; statement: string }>(d.db, sql`select name, statement from pg_prepared_statements`);
      const mine = prepared.filter((p) => p.statement.includes('::int * 2 as v'));
      expect(mine).toHaveLength(1);
      expect(mine[0].name).toMatch(/^jy_/);
      // A write on the same connection stays unnamed.
      expect(prepared.some((p) => /^\s*(insert|update|delete)/i.test(p.statement))).toBe(false);
    } finally {
      await d.close();
    }
  });
});
