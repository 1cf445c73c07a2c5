import { and, eq } from 'drizzle-orm';
import { notFound, staleVersion } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { savedViews } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { assertNameFree, isUniqueViolation, nameTaken } from './saved-view-names';

/** Rename and/or replace the filter; `version` is the one the user saw (409 when someone — another tab — changed it since). */
export async function updateSavedView(ctx: Ctx, o: { viewId: number; version: number; name?: string; query?: Record<string, string> }) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const own = and(eq(savedViews.id, o.viewId), eq(savedViews.userId, ctx.actor.userId));
      const [current] = await tx.select().from(savedViews).where(own).for('update');
      if (!current) throw notFound('筛选方案');
      if (current.version !== o.version) throw staleVersion();
      if (o.name !== undefined) await assertNameFree(tx as unknown as Db, ctx.actor.userId, o.name, current.id);
      const [row] = await tx
        .update(savedViews)
        .set({ name: o.name ?? current.name, query: o.query ?? current.query, version: current.version + 1, updatedAt: new Date() })
        .where(and(own, eq(savedViews.version, o.version)))
        .returning();
      if (!row) throw staleVersion();
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(o.name ?? '');
    throw e;
  }
}
