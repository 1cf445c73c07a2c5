/** §6 Excel import of items: start an import, poll its batch, list the batches. */
import { request } from './client';

export interface ImportRowError {
  row: number;
  column?: string;
  message: string;
}

export interface ImportBatch {
  id: number;
  sessionId: number | null;
  sessionName: string | null;
  filename: string;
  state: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  imported: number;
  errorCount: number;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
  errors?: ImportRowError[];
}

export const importsApi = {
  start: (body: { filename: string; contentBase64: string; sessionId?: number }) => request<ImportBatch>('POST', '/api/imports', { body }),
  get: (id: number) => request<ImportBatch>('GET', `/api/imports/${id}`),
  list: () => request<ImportBatch[]>('GET', '/api/imports'),
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
