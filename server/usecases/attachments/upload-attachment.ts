import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DomainError, invalid, ruleViolation } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import { readItem } from '../lib/access';
import { attachments } from '../../db/schema';
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
 * Stores an attachment of an item under DATA_DIR/uploads (content-addressed)
 * after checking its size and that its bytes match its declared type.
 */
export async function uploadAttachment(ctx: Ctx & { dataDir: string }, o: { itemId: number; filename: string; mimeType: string; contentBase64: string; purpose: 'general' | 'proxyEvaluationForm' | 'scan' }) {
  const magic = ALLOWED_TYPES[o.mimeType];
  if (!magic) throw invalid('ATTACHMENT_TYPE', `不支持的附件类型：${o.mimeType}（允许 PDF、JPEG、PNG、Word、Excel）`);
  const bytes = Buffer.from(o.contentBase64, 'base64');
  if (bytes.length === 0) throw invalid('ATTACHMENT_EMPTY', '附件为空');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new DomainError('tooLarge', 'ATTACHMENT_TOO_LARGE', '附件不能超过 10 MB');
  if (!magic.some((m) => bytes.subarray(0, m.length).toString('latin1') === m)) throw invalid('ATTACHMENT_CONTENT', '附件内容与声明的类型不符');
  // Check access before anything touches the disk.
  const item = await readItem(ctx.db, ctx.actor, o.itemId);
  if (item.classified) throw ruleViolation('CLASSIFIED_OFFLINE', '涉密件只在线下办理，不能上传附件');
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const rel = path.join('uploads', sha256.slice(0, 2), sha256);
  const abs = path.join(ctx.dataDir, rel);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  // Written before the row: a failed transaction leaves at most an orphan file, never a row without its file.
  await fs.writeFile(abs, bytes);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const [a] = await tx
      .insert(attachments)
      .values({ itemId: item.id, unitId: isUnitRole(ctx.actor.role) ? ctx.actor.organizationId : null, purpose: o.purpose, filename: o.filename, mimeType: o.mimeType, size: bytes.length, sha256, storagePath: rel, uploadedBy: ctx.actor.userId })
      .returning();
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, type: 'uploadAttachment', payload: { attachmentId: a.id, filename: o.filename, purpose: o.purpose } });
    return a;
  });
}
