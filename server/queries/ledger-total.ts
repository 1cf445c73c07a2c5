/**
 * The ledger's total (共 N 件) without counting every matching row (issue 18 §2): filters the maintained
 * counters are cut by — the actor's scope, session, stream, unit and states — are a sum over their
 * `state:` counters (server/db/stat-counters.ts), plus the few items a higher level handed down to an
 * office, counted directly; any other filter is counted over the items it matches.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { counterCells } from './statistics/counted';
import type { StatsScope } from './statistics/figures';
import { itemScopeParts } from '../auth/item-scope';
import type { LedgerFilter } from './ledger';

/** Filters the counters are not cut by. */
const UNCOUNTED: (keyof LedgerFilter)[] = [
  'light',
  'q',
  'ids',
  'resultClass',
  'categoryId',
  'delegationId',
  'deputyId',
  'handlingMode',
  'taskRole',
  'unitSystem',
  'inbox',
  'after',
];

/** `where`: the whole condition of the ledger's rows (scope and every filter), for what is counted directly. */
export async function ledgerTotal(db: Db, actor: Actor, f: LedgerFilter, where: SQL, recount = false): Promise<number> {
  const plain =
    !recount &&
    UNCOUNTED.every((k) => {
      const v = f[k];
      return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    });
  const cells = plain ? counterCells(actor, { sessionId: f.sessionId, kind: f.kind as StatsScope['kind'], unitId: f.unitId }) : null;
  if (!cells) {
    const [c] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from items where ${where}`);
    return c.n;
  }
  const names = f.state?.length
    ? sql`c.name in (${sql.join(
        f.state.map((s) => sql`${`state:${s}`}`),
        sql`, `,
      )})`
    : sql`c.name like 'state:%'`;
  // An office's items handed down from above are not in its cells: counted directly (they are few).
  const [, handedDown] = itemScopeParts(actor);
  const [c] = await queryRows<{ n: number }>(
    db,
    sql`select coalesce((select sum(c.value) from stat_counts c where c.unit_id = ${cells.unit} and ${sql.join([...cells.where, names], sql` and `)}), 0)::int
      ${handedDown ? sql`+ (select count(*) from items where ${where} and ${handedDown})::int` : sql``} as n`,
  );
  return c.n;
}
