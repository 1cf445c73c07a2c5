import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { domainError } from '../../../domain/errors';
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES } from '../attachments/upload-attachment';

export interface DutyEvidence {
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  storagePath: string;
}

/** Checks one file as the items' attachments are checked: an allowed type whose bytes match it, not empty, at most 10 MB. */
function checked(f: { filename: string; mimeType: string; contentBase64: string }): { bytes: Buffer; filename: string; mimeType: string } {
  const magic = ALLOWED_TYPES[f.mimeType];
  if (!magic) throw domainError('ATTACHMENT_TYPE', { mimeType: f.mimeType });
  const bytes = Buffer.from(f.contentBase64, 'base64');
  if (bytes.length === 0) throw domainError('ATTACHMENT_EMPTY');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw domainError('ATTACHMENT_TOO_LARGE');
  if (!magic.some((m) => bytes.subarray(0, m.length).toString('latin1') === m)) throw domainError('ATTACHMENT_CONTENT');
  return { bytes, filename: f.filename, mimeType: f.mimeType };
}

/**
 * Stores a duty record's evidence files the way every upload is stored (content-addressed under
 * DATA_DIR/uploads, as upload-attachment.ts and upload-checklist-evidence.ts do). Every file is checked
 * before any is written; files are written before the record's row, so a failed transaction leaves at
 * most an orphan file, never a record whose evidence is missing.
 */
export async function storeDutyEvidence(
  dataDir: string,
  files: readonly { filename: string; mimeType: string; contentBase64: string }[],
): Promise<DutyEvidence[]> {
  const ok = files.map(checked);
  const out: DutyEvidence[] = [];
  for (const f of ok) {
    const sha256 = crypto.createHash('sha256').update(f.bytes).digest('hex');
    const rel = path.join('uploads', sha256.slice(0, 2), sha256);
    const abs = path.join(dataDir, rel);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, f.bytes);
    out.push({ filename: f.filename, mimeType: f.mimeType, size: f.bytes.length, sha256, storagePath: rel });
  }
  return out;
}
