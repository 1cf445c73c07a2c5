import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { sqlList } from './client';

/** A state column: a Drizzle column, or a qualified name in raw SQL such as `'t.state'`. */
type StateColumn = SQLWrapper | string;

const COLUMN_NAME = /^(?:[a-z_][a-z0-9_]*\.)?[a-z_]+$/;
const STATE_NAME = /^[A-Za-z]+$/;

function column(c: StateColumn): SQL | SQLWrapper {
  if (typeof c !== 'string') return c;
  if (!COLUMN_NAME.test(c)) throw new Error(`stateIn: not a column name: ${c}`);
  return sql.raw(c);
}

/**
 * The states of a named group (domain/items/states.ts, domain/commitments/tracking.ts) as the list of
 * `in (…)`: bound parameters, or with `literals` SQL string literals. Literals are for predicates a
 * partial index must recognise: `tasks_one_live_per_unit` and `tasks_unit_item_live` hold
 * `state <> 'withdrawn'`, which the planner proves from `state not in ('withdrawn', …)` in any plan, but
 * from bound parameters only in a custom one. The values are compile-time constants of closed unions;
 * anything else is refused.
 */
function list(states: readonly string[], literals: boolean): SQL {
  if (states.length === 0) throw new Error('stateIn: an empty group');
  if (!literals) return sqlList(states);
  for (const s of states) if (!STATE_NAME.test(s)) throw new Error(`stateIn: not a state: ${s}`);
  return sql.raw(states.map((s) => `'${s}'`).join(','));
}

/** `column in (…)` over a named group of states. */
export function stateIn(c: StateColumn, states: readonly string[], o: { literals?: boolean } = {}): SQL {
  return sql`${column(c)} in (${list(states, o.literals ?? false)})`;
}

/** `column not in (…)` over a named group of states. */
export function stateNotIn(c: StateColumn, states: readonly string[], o: { literals?: boolean } = {}): SQL {
  return sql`${column(c)} not in (${list(states, o.literals ?? false)})`;
}
