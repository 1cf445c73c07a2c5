/**
 * The ledger's tools: saved filters (kept on the server, per user), the .xlsx
 * export of the current view and the unit inbox (GET /api/items?inbox=…).
 */
import type { Answer } from '../../../domain/contracts/common';
import type { LedgerColumn } from '../../../domain/contracts/ledger-columns';
import type { savedView } from '../../../domain/contracts/ledger-tools-answers';
import { ApiError, request } from './client';
import type { LedgerPage, LedgerParams, LedgerRow } from './types';

/** A saved ledger filter (the server's schema, domain/contracts/ledger-tools-answers.ts). */
export type SavedView = Answer<typeof savedView>;

export type InboxTab = 'assignments' | 'coOpinions' | 'rehandling';

/** A row of the unit inbox: a ledger row, with the adjustment window of R-ASSIGN-3 (null before the formal assignment). */
export type InboxRow = LedgerRow;

export const ledgerTools = {
  listViews: (signal?: AbortSignal) => request<SavedView[]>('GET', '/api/ledger/views', { signal }),
  createView: (name: string, query: Record<string, string>) => request<SavedView>('POST', '/api/ledger/views', { body: { name, query } }),
  updateView: (id: number, body: { version: number; name?: string; query?: Record<string, string> }) =>
    request<SavedView>('PATCH', `/api/ledger/views/${id}`, { body }),
  deleteView: (id: number) => request<{ ok: true }>('DELETE', `/api/ledger/views/${id}`),
  listInbox: (inbox: InboxTab, signal?: AbortSignal) =>
    request<LedgerPage>('GET', '/api/items', { query: { inbox, sort: 'number', order: 'asc', pageSize: 200 }, signal }),
};

/** The export's URL for the ledger's current filter (all pages) and the visible columns in order. */
export function exportUrl(params: Omit<LedgerParams, 'page' | 'pageSize'>, columns: readonly LedgerColumn[]): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, columns })) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) qs.set(k, v.join(','));
    } else qs.set(k, String(v));
  }
  return `/api/ledger/export?${qs}`;
}

/**
 * Downloads the export as a file named by the server (Content-Disposition
 * filename*, RFC 5987). A refusal (too many rows, bad filter) comes back as
 * an ApiError with the server's Chinese message instead of a broken file.
 */
export async function downloadExport(url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) {
    const d = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiError(res.status, d.code ?? `HTTP_${res.status}`, d.message ?? '导出失败，请稍后重试');
  }
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  const filename = star ? decodeURIComponent(star[1]) : '台账.xlsx';
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return filename;
}
