/**
 * The county's guidance checklists for its townships (乡镇人大工作指导清单): issuing, the townships'
 * reports with evidence, the leaders' on-site guidance, the exchange meetings, the dashboard and the
 * annual assessment (server/routes/checklists.ts, checklists-assessment.ts).
 */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type * as c from '../../../domain/contracts/checklists';
import type * as a from '../../../domain/contracts/checklists-answers';
import { request } from './client';
import { downloadFile } from './download';

export type ChecklistList = Answer<typeof a.checklistList>;
export type ChecklistSummary = Answer<typeof a.checklistSummary>;
export type ChecklistDetail = Answer<typeof a.checklistDetail>;
export type ChecklistEntry = Answer<typeof a.checklistEntry>;
export type ReportRow = Answer<typeof a.reportRow>;
export type ReportsAnswer = Answer<typeof a.reportsAnswer>;
export type ReportCounts = Answer<typeof a.reportCounts>;
export type ChecklistEvent = Answer<typeof a.checklistEvent>;
export type Township = Answer<typeof a.townshipRef>;
export type PairingsAnswer = Answer<typeof a.pairingsAnswer>;
export type VisitsAnswer = Answer<typeof a.visitsAnswer>;
export type GuidanceVisit = Answer<typeof a.guidanceVisit>;
export type MeetingsAnswer = Answer<typeof a.meetingsAnswer>;
export type ExchangeMeeting = Answer<typeof a.exchangeMeeting>;
export type AssessmentAnswer = Answer<typeof a.assessmentAnswer>;
export type AssessmentRow = Answer<typeof a.assessmentRow>;
export type Scheme = Answer<typeof a.scheme>;
export type OverviewAnswer = Answer<typeof a.overviewAnswer>;

export type ChecklistInput = z.input<typeof c.createChecklistBody>;
export type EntryInput = z.input<typeof c.entryInput>;
type Query<S extends z.ZodType> = Partial<z.output<S>>;

export const checklists = {
  list: (year: number | undefined, signal?: AbortSignal) => request<ChecklistList>('GET', '/api/checklists', { query: { year }, signal }),
  townships: (signal?: AbortSignal) => request<{ townships: Township[] }>('GET', '/api/checklists/townships', { signal }),
  overview: (year: number | undefined, signal?: AbortSignal) => request<OverviewAnswer>('GET', '/api/checklists/overview', { query: { year }, signal }),
  get: (id: number, signal?: AbortSignal) => request<ChecklistDetail>('GET', `/api/checklists/${id}`, { signal }),
  create: (body: ChecklistInput) => request<{ id: number }>('POST', '/api/checklists', { body }),
  update: (id: number, body: z.input<typeof c.updateChecklistBody>) => request<ChecklistDetail>('PUT', `/api/checklists/${id}`, { body }),
  remove: (id: number, version: number) => request<{ ok: true }>('DELETE', `/api/checklists/${id}`, { query: { version } }),
  copy: (id: number, body: z.input<typeof c.copyChecklistBody>) => request<{ id: number }>('POST', `/api/checklists/${id}/copy`, { body }),
  issue: (id: number, version: number) => request<ChecklistDetail>('POST', `/api/checklists/${id}/issue`, { body: { version } }),

  reports: (q: Query<typeof c.listReportsQuery>, signal?: AbortSignal) => request<ReportsAnswer>('GET', '/api/checklist-reports', { query: q, signal }),
  report: (reportId: number, body: z.input<typeof c.reportEntryBody>) => request<ReportRow>('PUT', `/api/checklist-reports/${reportId}`, { body }),
  uploadEvidence: (reportId: number, body: z.input<typeof c.evidenceBody>) =>
    request<ReportRow['evidence'][number]>('POST', `/api/checklist-reports/${reportId}/evidence`, { body }),
  deleteEvidence: (reportId: number, fileId: number) => request<{ ok: true }>('DELETE', `/api/checklist-reports/${reportId}/evidence/${fileId}`),
  evidenceUrl: (reportId: number, fileId: number) => `/api/checklist-reports/${reportId}/evidence/${fileId}`,

  pairings: (signal?: AbortSignal) => request<PairingsAnswer>('GET', '/api/guidance/pairings', { signal }),
  pair: (body: z.input<typeof c.pairingBody>) => request<{ id: number }>('POST', '/api/guidance/pairings', { body }),
  unpair: (id: number) => request<{ ok: true }>('DELETE', `/api/guidance/pairings/${id}`),
  visits: (q: Query<typeof c.listVisitsQuery>, signal?: AbortSignal) => request<VisitsAnswer>('GET', '/api/guidance/visits', { query: q, signal }),
  recordVisit: (body: z.input<typeof c.visitBody>) => request<{ id: number }>('POST', '/api/guidance/visits', { body }),
  meetings: (year: number | undefined, signal?: AbortSignal) => request<MeetingsAnswer>('GET', '/api/exchange-meetings', { query: { year }, signal }),
  recordMeeting: (body: z.input<typeof c.meetingBody>) => request<{ id: number }>('POST', '/api/exchange-meetings', { body }),

  assessment: (year: number, signal?: AbortSignal) => request<AssessmentAnswer>('GET', `/api/assessments/${year}`, { signal }),
  saveScheme: (year: number, body: z.input<typeof c.schemeBody>) => request<AssessmentAnswer>('PUT', `/api/assessments/${year}/scheme`, { body }),
  setScore: (year: number, body: z.input<typeof c.scoreBody>) => request<AssessmentAnswer>('PUT', `/api/assessments/${year}/scores`, { body }),
  addAdjustment: (year: number, body: z.input<typeof c.adjustmentBody>) => request<AssessmentAnswer>('POST', `/api/assessments/${year}/adjustments`, { body }),
  removeAdjustment: (year: number, id: number, version: number) =>
    request<AssessmentAnswer>('DELETE', `/api/assessments/${year}/adjustments/${id}`, { query: { version } }),
  finalize: (year: number, version: number) => request<AssessmentAnswer>('POST', `/api/assessments/${year}/finalize`, { body: { version } }),
  downloadScoreSheet: (year: number, kind: 'docx' | 'xlsx') =>
    downloadFile(`/api/assessments/${year}/score-sheet.${kind}`, {}, `考核评分表.${kind}`, '下载失败，请稍后重试'),
};
