import { and, eq } from 'drizzle-orm';
import { notFound } from '../../../domain/errors';
import { savedViews } from '../../db/schema';
import type { Ctx } from '../lib/run';

export async function deleteSavedView(ctx: Ctx, o: { viewId: number }) {
  const [row] = await ctx.db
    .delete(savedViews)
    .where(and(eq(savedViews.id, o.viewId), eq(savedViews.userId, ctx.actor.userId)))
    .returning({ id: savedViews.id });
  if (!row) throw notFound('筛选方案');
  return { ok: true as const };
}
