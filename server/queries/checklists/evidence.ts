/** An evidence file the viewer may download: of a report row in their scope. */
import { and, eq } from 'drizzle-orm';
import { notFound } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { checklistScope, readReport } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { evidenceFiles } from '../../db/schema';

export async function readEvidenceFile(db: Db, actor: Actor, checklistReportId: number, evidenceFileId: number) {
  const report = await readReport(db, await checklistScope(db, actor), checklistReportId);
  const [f] = await db
    .select()
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.id, evidenceFileId), eq(evidenceFiles.checklistReportId, report.id)));
  if (!f) throw notFound('佐证材料');
  return f;
}
