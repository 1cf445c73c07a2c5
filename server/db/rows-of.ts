import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from './client';

/** One table's rows to read: which, and in what order. */
export interface RowsPart<T extends PgTable = PgTable> {
  table: T;
  where: SQL;
  orderBy: SQL;
}

type RowsOf<P extends Record<string, RowsPart>> = { [K in keyof P]: P[K]['table']['$inferSelect'][] };

/**
 * Several tables' rows in one statement — one round trip and one plan instead of one per table (issue 18:
 * an item page read nine child tables one after another, ~0.3 ms each on PostgreSQL). Each table's rows
 * come as a JSON array and are mapped through drizzle's own columns, so they are what `select().from(table)`
 * returns: property names, dates, timestamps and JSON values alike.
 */
export async function rowsOf<P extends Record<string, RowsPart>, E extends Record<string, SQL> = Record<never, SQL>>(
  db: Db,
  parts: P,
  /** Other values read in the same statement, each a JSON expression, returned parsed (typed by the caller). */
  extra?: E,
): Promise<RowsOf<P> & { [K in keyof E]: unknown }> {
  const names = Object.keys(parts);
  const columns = names.map(
    (name) =>
      sql`(select coalesce(json_agg(${parts[name].table} order by ${parts[name].orderBy}), '[]'::json) from ${parts[name].table} where ${parts[name].where}) as ${sql.identifier(name)}`,
  );
  const extras = Object.entries(extra ?? {}).map(([name, value]) => sql`${value} as ${sql.identifier(name)}`);
  const [row] = await queryRows<Record<string, unknown>>(db, sql`select ${sql.join([...columns, ...extras], sql`, `)}`);
  const out: Record<string, unknown> = {};
  for (const name of names) {
    // The client's casing is snake_case (client.ts): a column named by its key is stored under its snake form.
    const cols = Object.entries(getTableColumns(parts[name].table)).map(([prop, col]) => ({
      prop,
      col,
      key: col.keyAsName ? toSnakeCase(col.name) : col.name,
    }));
    // PGlite and node-postgres both parse json; a driver that did not would hand over the text.
    const raw = row[name];
    const list = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>[];
    out[name] = list.map((r) => {
      const mapped: Record<string, unknown> = {};
      for (const { prop, col, key } of cols) {
        const v = r[key];
        mapped[prop] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
      }
      return mapped;
    });
  }
  for (const name of Object.keys(extra ?? {})) {
    const raw = row[name];
    out[name] = typeof raw === 'string' ? JSON.parse(raw) : raw;
  }
  return out as RowsOf<P> & { [K in keyof E]: unknown };
}
