/**
 * The addresses of the print views (/print/…), for the pages that open them.
 * Kept apart from the views so a page's bundle carries only these few lines.
 */
import type { StatsScope } from '../../api/dashboard';
import { toApiQuery, type LedgerQuery } from '../ledger/query';

export const itemSheetUrl = (itemId: number) => `/print/item/${itemId}`;

export const replyLetterUrl = (itemId: number, replyId: number) => `/print/item/${itemId}/reply/${replyId}`;

export const bulletinPrintUrl = (bulletinId: number) => `/print/bulletin/${bulletinId}`;

/** The ledger's current filter and sort (the API's own parameters, so the print view needs no role defaults); the review queue as `review=1`. */
export function ledgerPrintUrl(query: LedgerQuery, review = false): string {
  const { pageSize: _pageSize, ...api } = toApiQuery(query);
  const params = review ? { review: '1', sort: api.sort, order: api.order, ...(api.q ? { q: api.q } : {}) } : api;
  return `/print/ledger?${new URLSearchParams(params)}`;
}

/** The dashboard's scope (session, unit, category, delegation, dates). */
export function statsPrintUrl(scope: StatsScope): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(scope)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `/print/stats?${s}` : '/print/stats';
}
