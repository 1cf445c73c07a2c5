/**
 * The ledger's tools: saved filters (kept on the server, per user), the .xlsx
 * export of the current view and the unit inbox (GET /api/items?inbox=…).
 */
import type { Answer } from '../../../domain/contracts/common';
import type { LedgerColumn } from '../../../domain/contracts/ledger-columns';
import type { savedView } from '../../../domain/contracts/ledger-tools-answers';
import { request } from './client';
import { downloadFile } from './download';
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

/** Downloads the export, named by the server; a refusal (too many rows, bad filter) is an ApiError with its Chinese message. */
export function downloadExport(url: string): Promise<string> {
  return downloadFile(url, {}, '台账.xlsx', '导出失败，请稍后重试');
}
