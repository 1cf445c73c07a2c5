/**
 * Reports (R-STAT-3): the report an editor works on (computed basic situation,
 * sections, version), its save (409 when stale), the scopes to choose from and
 * the .docx downloads; reply and co-opinion letters of an item (§6).
 */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type { reportQuery, saveReportDraftBody } from '../../../domain/contracts/reports';
import type * as a from '../../../domain/contracts/reports-answers';
import type { replyLetter } from '../../../domain/contracts/documents-answers';
import { request } from './client';
import { downloadExport } from './ledgerTools';

/* The answers: the server's own schemas (domain/contracts/reports-answers.ts), as the wire carries them. */
export type ReportScopes = Answer<typeof a.reportScopes>;
export type ReportView = Answer<typeof a.reportView>;
export type ReportDraft = Answer<typeof a.reportDraft>;
/** What a reply letter prints (its Word file's content), for the print view. */
export type ReplyLetter = Answer<typeof replyLetter>;

export type SaveReportInput = z.input<typeof saveReportDraftBody>;
/** Which report (the request schema's fields; `force` is added where a download asks for it). */
export type ReportQuery = Omit<z.output<typeof reportQuery>, 'force'>;

const qs = (q: ReportQuery & { force?: boolean }) =>
  new URLSearchParams({ kind: q.kind, sessionId: String(q.sessionId), scope: q.scope, ...(q.force ? { force: 'true' } : {}) }).toString();

export const reportsApi = {
  scopes: (sessionId: number, signal?: AbortSignal) => request<ReportScopes>('GET', '/api/reports/scopes', { query: { sessionId }, signal }),
  get: (q: ReportQuery, signal?: AbortSignal) => request<ReportView>('GET', '/api/reports/draft', { query: { ...q }, signal }),
  save: (body: SaveReportInput) => request<ReportDraft>('PUT', '/api/reports/draft', { body }),
  /** Downloads the report as .docx; a refusal (e.g. a unit analysis below 20 items) comes back as an ApiError. */
  download: (q: ReportQuery & { force?: boolean }) => downloadExport(`/api/reports/document.docx?${qs(q)}`),
  downloadBulletin: (bulletinId: number) => downloadExport(`/api/reports/bulletins/${bulletinId}/document.docx`),
  downloadReplyLetter: (itemId: number, replyId: number) => downloadExport(`/api/items/${itemId}/replies/${replyId}/letter.docx`),
  replyLetter: (itemId: number, replyId: number, signal?: AbortSignal) =>
    request<ReplyLetter>('GET', `/api/items/${itemId}/replies/${replyId}/letter`, { signal }),
  downloadCoOpinionLetter: (itemId: number, coOpinionId: number) => downloadExport(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`),
};
