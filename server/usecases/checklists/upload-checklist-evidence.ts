import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { domainError, forbidden } from '../../../domain/errors';
import { checklistScope, readReport } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { checklists, evidenceFiles } from '../../db/schema';
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES } from '../attachments/upload-attachment';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, assertYearOpen } from './history';

/**
 * A township's presidium adds an evidence file (a photo, minutes, a scan) to its report on one entry:
 * the same types, size limit and content check as the items' attachments, stored the same way
 * (content-addressed under DATA_DIR/uploads). Evidence adds to the report and leaves its version as it is.
 */
export async function uploadChecklistEvidence(
  ctx: Ctx & { dataDir: string },
  o: { checklistReportId: number; filename: string; mimeType: string; contentBase64: string },
) {
  const magic = ALLOWED_TYPES[o.mimeType];
  if (!magic) throw domainError('ATTACHMENT_TYPE', { mimeType: o.mimeType });
  const bytes = Buffer.from(o.contentBase64, 'base64');
  if (bytes.length === 0) throw domainError('ATTACHMENT_EMPTY');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw domainError('ATTACHMENT_TOO_LARGE');
  if (!magic.some((m) => bytes.subarray(0, m.length).toString('latin1') === m)) throw domainError('ATTACHMENT_CONTENT');
  // Check access before anything touches the disk.
  const scope = await checklistScope(ctx.db, ctx.actor);
  if (scope.townshipId === null) throw forbidden('ownTownshipOnly');
  const report = await readReport(ctx.db, scope, o.checklistReportId);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const rel = path.join('uploads', sha256.slice(0, 2), sha256);
  const abs = path.join(ctx.dataDir, rel);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  // Written before the row: a failed transaction leaves at most an orphan file, never a row without its file.
  await fs.writeFile(abs, bytes);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    // Locked: a concurrent report of the row waits, and the year's lock is read in the same transaction.
    await readReport(tx, scope, report.id, true);
    const [c] = await tx.select({ year: checklists.year }).from(checklists).where(eq(checklists.id, report.checklistId));
    await assertYearOpen(tx, scope.countyId, c.year);
    const [f] = await tx
      .insert(evidenceFiles)
      .values({
        checklistReportId: report.id,
        filename: o.filename,
        mimeType: o.mimeType,
        size: bytes.length,
        sha256,
        storagePath: rel,
        uploadedBy: ctx.actor.userId,
        uploadedByName: ctx.actor.name,
        createdAt: nowOf(ctx),
      })
      .returning();
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'uploadChecklistEvidence',
      checklistId: report.checklistId,
      checklistReportId: report.id,
      townshipId: report.townshipCongressId,
      payload: { evidenceFileId: f.id, filename: o.filename },
    });
    return f;
  });
}
