/**
 * 派单目录: the hotline office removes a category no order uses yet (an order keeps the row it was
 * taken under, for its committee supervision, R-LINE-2); a used one can still be changed.
 */
import { and, eq } from 'drizzle-orm';
import { domainError, notFound, staleVersion } from '../../../domain/errors';
import { hotlineOfficeOf } from '../../auth/hotline-scope';
import type { Db } from '../../db/client';
import { hotlineCatalogue, workOrders } from '../../db/schema';
import type { Ctx } from '../lib/run';

export async function deleteCatalogueEntry(ctx: Ctx, o: { catalogueId: number; version: number }): Promise<{ ok: true }> {
  const congressId = hotlineOfficeOf(ctx.actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const mine = and(eq(hotlineCatalogue.id, o.catalogueId), eq(hotlineCatalogue.congressId, congressId));
    const [row] = await tx.select().from(hotlineCatalogue).where(mine).for('update');
    if (!row) throw notFound('派单目录分类');
    if (row.version !== o.version) throw staleVersion();
    const [used] = await tx.select({ id: workOrders.id }).from(workOrders).where(eq(workOrders.catalogueId, row.id)).limit(1);
    if (used) throw domainError('HOTLINE_CATALOGUE_IN_USE');
    await tx.delete(hotlineCatalogue).where(and(mine, eq(hotlineCatalogue.version, o.version)));
    return { ok: true as const };
  });
}
