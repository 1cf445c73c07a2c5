import { domainError } from '../../../domain/errors';
import { countyOfficeScope, townshipsOf } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { checklists } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { writeDraftContent, type EntryInput } from './entries';
import { appendChecklistEvent, checkTownships } from './history';

/** The county liaison office drafts a quarterly checklist for some or all of its townships (R-TOWN-1). */
export async function createChecklist(
  ctx: Ctx,
  o: { year: number; quarter: number; title: string; townshipIds: number[]; entries: EntryInput[] },
): Promise<{ id: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  const townships = await townshipsOf(ctx.db, scope.countyId);
  if (!townships.length) throw domainError('NO_TOWNSHIPS', { variant: 'county' });
  checkTownships(o.townshipIds, townships);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const at = nowOf(ctx);
    const [row] = await tx
      .insert(checklists)
      .values({ congressId: scope.countyId, year: o.year, quarter: o.quarter, title: o.title, createdBy: ctx.actor.userId, createdAt: at, updatedAt: at })
      .returning();
    await writeDraftContent(tx, row.id, o.entries, o.townshipIds);
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'createChecklist',
      checklistId: row.id,
      toState: 'draft',
      payload: { title: o.title, entries: o.entries.length, townships: o.townshipIds.length },
    });
    return { id: row.id };
  });
}
