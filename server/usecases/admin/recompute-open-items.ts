/** What the changes of rules and calendar share: recomputing the deadlines of open items, each with a history event. */
import { and, inArray, sql } from 'drizzle-orm';
import { OPEN_ITEM_STATES } from '../../../domain/items/states';
import type { Db } from '../../db/client';
import { items } from '../../db/schema';
import { subtree } from '../../queries/levels/tree';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent } from '../lib/history';
import type { Ctx } from '../lib/run';

/**
 * Recomputes the deadlines of the given open items; each gets a history event. Each item is computed
 * with its own body's calendar (the items may be of several bodies: a body and those below it).
 */
export async function recomputeOpen(tx: Db, ctx: Ctx, ids: number[], why: string): Promise<number> {
  const cache = { rules: new Map() };
  for (const id of ids) {
    await recomputeDeadlines(tx, id, cache);
    await appendEvent(tx, ctx, { itemId: id, type: 'deadlinesRecomputed', payload: { why } });
  }
  return ids.length;
}

/**
 * Recomputes, after a change of a year's holiday schedule of a body, every open item of that body
 * and of the bodies below it (they inherit the schedule unless they have their own) whose working-day
 * deadlines may move: provisional ones, and those due from the year before on. Items are locked like
 * any item action.
 */
export async function recomputeForCalendarYear(tx: Db, ctx: Ctx, congressId: number, year: number, why: string): Promise<number> {
  const bodies = (await subtree(tx, congressId)).map((n) => n.id);
  const open = await tx
    .select({ id: items.id })
    .from(items)
    .where(
      and(
        inArray(items.state, OPEN_ITEM_STATES),
        inArray(items.congressId, bodies),
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
