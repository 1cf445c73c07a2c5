import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { domainError, forbidden } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import { ACTIVE_TASK_STATES, DROPPED_ITEM_STATES, TERMINAL_ITEM_STATES } from '../../../domain/items/states';
import type { Db } from '../../db/client';
import { attachments, itemSigners } from '../../db/schema';
import { ownTask } from '../lib/tasks';
import { readItem, type ItemRow } from '../../auth/item-scope';
import { appendEvent, touchItem } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Scanned letters and forms, photos, office documents (§6). */
export const ALLOWED_TYPES: Record<string, string[]> = {
  'application/pdf': ['%PDF'],
  'image/jpeg': ['\xff\xd8\xff'],
  'image/png': ['\x89PNG'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['PK'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['PK'],
};

/**
 * Who may add documents to an item, the same conditions the item page offers
 * the action under (domain/items/available-actions.ts): the lead deputy, once
 * confirmed, while it is not finished (a cosigner confirms the text and adds
 * no documents to the lead's item); the offices, unless it was never accepted or
 * merged away; a unit, on its live part. Classified items take none (R-REPLY-8).
 */
async function checkMayUpload(db: Db, ctx: Ctx, item: ItemRow): Promise<void> {
  if (item.classified) throw domainError('CLASSIFIED_OFFLINE', { variant: 'attachment' });
  const { actor } = ctx;
  if (actor.role === 'deputy') {
    const [s] = await db
      .select()
      .from(itemSigners)
      .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.deputyId, actor.deputyId ?? -1)));
    if (s?.status !== 'confirmed') throw forbidden('uploadSignersOnly');
    if (!s.isLead) throw forbidden('uploadLeadDeputyOnly');
    if (TERMINAL_ITEM_STATES.includes(item.state)) throw domainError('ITEM_FINISHED', { variant: 'deputyUpload' });
  } else if (isUnitRole(actor.role)) {
    const task = await ownTask(db, actor, item.id);
    if (!ACTIVE_TASK_STATES.includes(task.state)) throw domainError('TASK_NOT_ACTIVE', { variant: 'upload' });
  } else if (DROPPED_ITEM_STATES.includes(item.state)) {
    throw domainError('ITEM_FINISHED', { variant: 'officeUpload' });
  }
}

/**
 * Stores an attachment of an item under DATA_DIR/uploads (content-addressed)
 * after checking its size and that its bytes match its declared type.
 */
export async function uploadAttachment(
  ctx: Ctx & { dataDir: string },
  o: { itemId: number; filename: string; mimeType: string; contentBase64: string; purpose: 'general' | 'proxyEvaluationForm' | 'scan' },
) {
  const magic = ALLOWED_TYPES[o.mimeType];
  if (!magic) throw domainError('ATTACHMENT_TYPE', { mimeType: o.mimeType });
  const bytes = Buffer.from(o.contentBase64, 'base64');
  if (bytes.length === 0) throw domainError('ATTACHMENT_EMPTY');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw domainError('ATTACHMENT_TOO_LARGE');
  if (!magic.some((m) => bytes.subarray(0, m.length).toString('latin1') === m)) throw domainError('ATTACHMENT_CONTENT');
  // Check access before anything touches the disk.
  await checkMayUpload(ctx.db, ctx, await readItem(ctx.db, ctx.actor, o.itemId));
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const rel = path.join('uploads', sha256.slice(0, 2), sha256);
  const abs = path.join(ctx.dataDir, rel);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  // Written before the row: a failed transaction leaves at most an orphan file, never a row without its file.
  await fs.writeFile(abs, bytes);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const [a] = await tx
      .insert(attachments)
      .values({
        itemId: item.id,
        unitId: isUnitRole(ctx.actor.role) ? ctx.actor.organizationId : null,
        purpose: o.purpose,
        filename: o.filename,
        mimeType: o.mimeType,
        size: bytes.length,
        sha256,
        storagePath: rel,
        uploadedBy: ctx.actor.userId,
      })
      .returning();
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, type: 'uploadAttachment', payload: { attachmentId: a.id, filename: o.filename, purpose: o.purpose } });
    return a;
  });
}
