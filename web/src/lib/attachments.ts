/** Attachments as the server accepts them (server/usecases/attachments/upload-attachment.ts ALLOWED_TYPES, 10 MB). */
import { api } from '../api/client';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
export const ATTACHMENT_ACCEPT = Object.keys(TYPES)
  .map((e) => `.${e}`)
  .join(',');
const MAX_BYTES = 10 * 1024 * 1024;

/** The declared type of a file: from its extension, because browsers report some (e.g. .docx on phones) as empty. */
export function mimeOf(file: File): string | undefined {
  return TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''];
}

/** Why a file cannot be attached, or null. */
export function checkAttachment(file: File): string | null {
  if (!mimeOf(file)) return `“${file.name}”的类型不支持（允许 PDF、Word、Excel、JPG、PNG）`;
  if (file.size > MAX_BYTES) return `“${file.name}”超过 10 MB`;
  return null;
}

export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(new Error('读取文件失败'));
    r.readAsDataURL(file);
  });
}

export async function uploadFile(itemId: number, file: File, purpose: 'general' | 'proxyEvaluationForm' | 'scan' = 'general') {
  return api.uploadAttachment(itemId, { filename: file.name, mimeType: mimeOf(file) ?? file.type, purpose, contentBase64: await readBase64(file) });
}
