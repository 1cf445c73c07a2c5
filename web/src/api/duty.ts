/**
 * Deputies' duty records and points (代表履职, server/routes/duty.ts): a deputy's own page, the office's
 * list and ranking, records entered with evidence, the points rulebook, the duty file and the list as files.
 */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type * as c from '../../../domain/contracts/duty';
import type * as a from '../../../domain/contracts/duty-answers';
import { request } from './client';
import { downloadFile } from './download';

export type DutyList = Answer<typeof a.dutyListAnswer>;
export type DutyRow = Answer<typeof a.dutyDeputyRow>;
export type DeputyDuty = Answer<typeof a.dutyDeputyAnswer>;
export type DutyRecord = Answer<typeof a.dutyRecord>;
export type DutyTarget = Answer<typeof a.dutyTarget>;
export type DutyRules = Answer<typeof a.dutyRulesAnswer>;
export type DutyRuleLine = Answer<typeof a.dutyRuleLine>;
export type DutyHotlineOrder = Answer<typeof a.dutyHotlineOrder>;

/** The list's filters as the page holds them (the query string's words). */
export interface DutyFilters {
  year?: number;
  delegationId?: number;
  short?: z.output<typeof c.dutyListQuery>['short'];
  notRecommendable?: 'true' | 'false';
  name?: string;
}

export const duty = {
  me: (year: number | undefined, signal?: AbortSignal) => request<DeputyDuty>('GET', '/api/duty/me', { query: { year }, signal }),
  deputy: (deputyId: number, year: number | undefined, signal?: AbortSignal) =>
    request<DeputyDuty>('GET', `/api/duty/deputies/${deputyId}`, { query: { year }, signal }),
  list: (f: DutyFilters, signal?: AbortSignal) => request<DutyList>('GET', '/api/duty/deputies', { query: { ...f }, signal }),
  enter: (body: z.input<typeof c.createDutyRecordBody>) => request<{ id: number }>('POST', '/api/duty/records', { body }),
  update: (recordId: number, body: z.input<typeof c.updateDutyRecordBody>) =>
    request<{ id: number; version: number }>('PUT', `/api/duty/records/${recordId}`, { body }),
  remove: (recordId: number, version: number) => request<{ ok: true }>('DELETE', `/api/duty/records/${recordId}`, { query: { version } }),
  evidenceUrl: (recordId: number, index: number) => `/api/duty/records/${recordId}/evidence/${index}`,
  rules: (year: number | undefined, signal?: AbortSignal) => request<DutyRules>('GET', '/api/duty/point-rules', { query: { year }, signal }),
  saveRules: (year: number, body: z.input<typeof c.dutyRulesBody>) => request<DutyRules>('PUT', `/api/duty/point-rules/${year}`, { body }),
  downloadFile: (deputyId: number, year: number) =>
    downloadFile(`/api/duty/deputies/${deputyId}/file.docx?year=${year}`, {}, '代表履职档案.docx', '下载失败，请稍后重试'),
};
