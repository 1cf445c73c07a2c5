import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';

/** Rows per statement: one JSON parameter each, so only the payload size bounds it. */
const CHUNK = 2000;

/**
 * A batched multi-row INSERT (architecture: bulk loads): the rows go to the
 * server as one JSON parameter per chunk and are expanded there by
 * jsonb_to_recordset, so the cost is one round trip per 2,000 rows and no
 * per-row statement building. `columns` maps each snake_case column to its
 * SQL type; the same statement runs on PGlite and PostgreSQL.
 */
export async function bulkInsert<R = never>(
  tx: Db,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  returning?: string,
): Promise<R[]> {
  const names = Object.keys(columns);
  const cols = sql.raw(names.map((n) => `"${n}"`).join(', '));
  const defs = sql.raw(names.map((n) => `"${n}" ${columns[n]}`).join(', '));
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    const q = sql`insert into ${sql.identifier(table)} (${cols}) select ${cols} from jsonb_to_recordset(${json}::jsonb) as x(${defs})${returning ? sql.raw(` returning ${returning}`) : sql``}`;
    if (returning) out.push(...(await queryRows<R>(tx, q)));
    else await tx.execute(q);
  }
  return out;
}
