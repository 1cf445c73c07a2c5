/** §6 Excel import of items: start an import, poll its batch, list the batches. */
import type { Answer } from '../../../domain/contracts/common';
import type * as a from '../../../domain/contracts/imports-answers';
import { request } from './client';

/* The answers: the server's own schemas (domain/contracts/imports-answers.ts), as the wire carries them. */
export type ImportRowError = Answer<typeof a.importRowError>;
/** A batch as listed (GET /api/imports): without its errors. */
export type ImportBatchSummary = Answer<typeof a.importBatchSummary>;
/** One batch with every row error (GET /api/imports/:id, POST /api/imports). */
export type ImportBatch = Answer<typeof a.importBatch>;

export const importsApi = {
  start: (body: { filename: string; contentBase64: string; sessionId?: number }) => request<ImportBatch>('POST', '/api/imports', { body }),
  get: (id: number) => request<ImportBatch>('GET', `/api/imports/${id}`),
  list: () => request<ImportBatchSummary[]>('GET', '/api/imports'),
};

/** A file's content as base64 (as attachments are uploaded). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(new Error('读取文件失败'));
    r.readAsDataURL(file);
  });
}
