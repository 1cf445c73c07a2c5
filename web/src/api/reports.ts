/**
 * Reports (R-STAT-3): the report an editor works on (computed basic situation,
 * sections, version), its save (409 when stale), the scopes to choose from and
 * the .docx downloads; reply and co-opinion letters of an item (§6).
 */
import type { z } from 'zod';
import type { saveReportDraftBody } from '../../../domain/contracts/reports';
import type { ReportKind, SectionId } from '../../../domain/reports/report-text';
import { request } from './client';
import { downloadExport } from './ledgerTools';

export interface ReportScopes {
  sessions: { id: number; name: string; code: string; year: number }[];
  units: { id: number; name: string; items: number; analysisRequired: boolean }[];
  categories: { id: number; name: string; parentId: number | null }[];
  delegations: { id: number; name: string }[];
  unitAnalysisMinItems: number;
}

export interface ReportView {
  kind: ReportKind;
  kindLabel: string;
  sessionId: number;
  sessionName: string;
  scope: string;
  scopeLabel: string;
  title: string;
  sectionDefs: { id: SectionId; heading: string }[];
  sections: Record<SectionId | 'addressee' | 'issuer' | 'intro', string>;
  draft: { id: number; version: number; updatedAt: string; updatedByName: string | null } | null;
  basicSituation: string;
  unitAnalysis: { items: number; required: boolean; minItems: number } | null;
}

export type SaveReportInput = z.input<typeof saveReportDraftBody>;
export interface ReportQuery {
  kind: ReportKind;
  sessionId: number;
  scope: string;
}

const qs = (q: ReportQuery & { force?: boolean }) =>
  new URLSearchParams({ kind: q.kind, sessionId: String(q.sessionId), scope: q.scope, ...(q.force ? { force: 'true' } : {}) }).toString();

export const reportsApi = {
  scopes: (sessionId: number, signal?: AbortSignal) => request<ReportScopes>('GET', '/api/reports/scopes', { query: { sessionId }, signal }),
  get: (q: ReportQuery, signal?: AbortSignal) => request<ReportView>('GET', '/api/reports/draft', { query: { ...q }, signal }),
  save: (body: SaveReportInput) => request<{ version: number }>('PUT', '/api/reports/draft', { body }),
  /** Downloads the report as .docx; a refusal (e.g. a unit analysis below 20 items) comes back as an ApiError. */
  download: (q: ReportQuery & { force?: boolean }) => downloadExport(`/api/reports/document.docx?${qs(q)}`),
  downloadBulletin: (bulletinId: number) => downloadExport(`/api/reports/bulletins/${bulletinId}/document.docx`),
  downloadReplyLetter: (itemId: number, replyId: number) => downloadExport(`/api/items/${itemId}/replies/${replyId}/letter.docx`),
  downloadCoOpinionLetter: (itemId: number, coOpinionId: number) => downloadExport(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`),
};
