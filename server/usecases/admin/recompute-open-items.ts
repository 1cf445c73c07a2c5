/** What the changes of rules and calendar share: recomputing the deadlines of open items, each with a history event. */
import { and, inArray, sql } from 'drizzle-orm';
import { OPEN_ITEM_STATES } from '../../../domain/items/states';
import type { Db } from '../../db/client';
import { items } from '../../db/schema';
import { loadCalendar } from '../../rules/calendar';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent } from '../lib/history';
import type { Ctx } from '../lib/run';

/** Recomputes the deadlines of the open items matched by `where`; each gets a history event. */
export async function recomputeOpen(tx: Db, ctx: Ctx, ids: number[], why: string): Promise<number> {
  const cal = await loadCalendar(tx);
  const cache = { cal, rules: new Map() };
  for (const id of ids) {
    await recomputeDeadlines(tx, id, cache);
    await appendEvent(tx, ctx, { itemId: id, type: 'deadlinesRecomputed', payload: { why } });
  }
  return ids.length;
}

/**
 * Recomputes, after a change of a year's holiday schedule, every open item
 * whose working-day deadlines may move: provisional ones, and those due from
 * the year before on. Items are locked like any item action.
 */
export async function recomputeForCalendarYear(tx: Db, ctx: Ctx, year: number, why: string): Promise<number> {
  const open = await tx
    .select({ id: items.id })
    .from(items)
    .where(
      and(
        inArray(items.state, OPEN_ITEM_STATES),
        sql`exists (select 1 from deadlines d where d.item_id = ${items.id} and (d.provisional or extract(year from d.due_date) >= ${year} - 1))`,
      ),
    )
    .orderBy(items.id)
    .for('update');
  return recomputeOpen(
    tx,
    ctx,
    open.map((r) => r.id),
    why,
  );
}
