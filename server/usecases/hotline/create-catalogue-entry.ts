/**
 * 派单目录 (issue 15 §3): the hotline office adds an event category with the unit responsible for it
 * and the special committee that supervises its dissatisfied orders (R-LINE-2).
 */
import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { hotlineOfficeOf } from '../../auth/hotline-scope';
import type { Db } from '../../db/client';
import { hotlineCatalogue } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { checkCatalogueOrgs, isUniqueViolation } from './catalogue';

export async function createCatalogueEntry(ctx: Ctx, o: { category: string; unitId: number; committeeId?: number | null }): Promise<{ id: number }> {
  const congressId = hotlineOfficeOf(ctx.actor);
  try {
    return await ctx.db.transaction(async (txx) => {
      const tx = txx as unknown as Db;
      await checkCatalogueOrgs(tx, congressId, o.unitId, o.committeeId);
      const [taken] = await tx
        .select({ id: hotlineCatalogue.id })
        .from(hotlineCatalogue)
        .where(and(eq(hotlineCatalogue.congressId, congressId), eq(hotlineCatalogue.category, o.category)));
      if (taken) throw domainError('HOTLINE_CATEGORY_TAKEN');
      const [row] = await tx
        .insert(hotlineCatalogue)
        .values({ congressId, category: o.category, unitId: o.unitId, committeeId: o.committeeId ?? null, updatedAt: nowOf(ctx) })
        .returning({ id: hotlineCatalogue.id });
      return row;
    });
  } catch (e) {
    // Two offices adding the same category at once: the second finds it taken.
    if (isUniqueViolation(e)) throw domainError('HOTLINE_CATEGORY_TAKEN');
    throw e;
  }
}
