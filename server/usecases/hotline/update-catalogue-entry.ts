/** 派单目录: the hotline office renames a category or changes its unit or committee (compare-and-set on the version it saw). */
import { and, eq, ne, sql } from 'drizzle-orm';
import { domainError, notFound, staleVersion } from '../../../domain/errors';
import { hotlineOfficeOf } from '../../auth/hotline-scope';
import type { Db } from '../../db/client';
import { hotlineCatalogue } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { checkCatalogueOrgs, isUniqueViolation } from './catalogue';

export async function updateCatalogueEntry(
  ctx: Ctx,
  o: { catalogueId: number; version: number; category: string; unitId: number; committeeId?: number | null },
): Promise<{ id: number }> {
  const congressId = hotlineOfficeOf(ctx.actor);
  try {
    return await ctx.db.transaction(async (txx) => {
      const tx = txx as unknown as Db;
      const mine = and(eq(hotlineCatalogue.id, o.catalogueId), eq(hotlineCatalogue.congressId, congressId));
      const [row] = await tx.select().from(hotlineCatalogue).where(mine).for('update');
      if (!row) throw notFound('派单目录分类');
      if (row.version !== o.version) throw staleVersion();
      await checkCatalogueOrgs(tx, congressId, o.unitId, o.committeeId);
      const [taken] = await tx
        .select({ id: hotlineCatalogue.id })
        .from(hotlineCatalogue)
        .where(and(eq(hotlineCatalogue.congressId, congressId), eq(hotlineCatalogue.category, o.category), ne(hotlineCatalogue.id, row.id)));
      if (taken) throw domainError('HOTLINE_CATEGORY_TAKEN');
      const [out] = await tx
        .update(hotlineCatalogue)
        .set({
          category: o.category,
          unitId: o.unitId,
          committeeId: o.committeeId ?? null,
          version: sql`${hotlineCatalogue.version} + 1`,
          updatedAt: nowOf(ctx),
        })
        .where(and(mine, eq(hotlineCatalogue.version, o.version)))
        .returning({ id: hotlineCatalogue.id });
      if (!out) throw staleVersion();
      return out;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw domainError('HOTLINE_CATEGORY_TAKEN');
    throw e;
  }
}
