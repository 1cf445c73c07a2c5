import type { Db } from '../../db/client';
import { savedViews } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { assertNameFree, isUniqueViolation, nameTaken } from './saved-view-names';

/** Saves the user's current ledger filter under a name; the route shapes the answer (savedViewAnswer, as the list). */
export async function createSavedView(ctx: Ctx, o: { name: string; query: Record<string, string> }) {
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertNameFree(tx as unknown as Db, ctx.actor.userId, o.name);
      const [row] = await tx.insert(savedViews).values({ userId: ctx.actor.userId, name: o.name, query: o.query }).returning();
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(o.name);
    throw e;
  }
}
