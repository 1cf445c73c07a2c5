import { and, eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../../domain/errors';
import { checklistScope, readReport } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { checklists, evidenceFiles } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { appendChecklistEvent, assertYearOpen } from './history';

/** A township's presidium takes an evidence file off its own report (until the year's assessment is finalized); the history keeps its name. */
export async function deleteChecklistEvidence(ctx: Ctx, o: { checklistReportId: number; evidenceFileId: number }): Promise<{ ok: true }> {
  const scope = await checklistScope(ctx.db, ctx.actor);
  if (scope.townshipId === null) throw forbidden('ownTownshipOnly');
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const report = await readReport(tx, scope, o.checklistReportId, true);
    const [c] = await tx.select({ year: checklists.year }).from(checklists).where(eq(checklists.id, report.checklistId));
    await assertYearOpen(tx, scope.countyId, c.year);
    const [gone] = await tx
      .delete(evidenceFiles)
      .where(and(eq(evidenceFiles.id, o.evidenceFileId), eq(evidenceFiles.checklistReportId, report.id)))
      .returning();
    if (!gone) throw notFound('佐证材料');
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'deleteChecklistEvidence',
      checklistId: report.checklistId,
      checklistReportId: report.id,
      townshipId: report.townshipCongressId,
      payload: { evidenceFileId: gone.id, filename: gone.filename },
    });
    return { ok: true as const };
  });
}
