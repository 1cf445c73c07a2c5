/**
 * Notifications (§7), the background jobs' state (issue 4 §8) and the R-SUP-1
 * deadline ledger: the calls of the bell, the inbox, the preferences page,
 * the administrator's jobs page and the deadline ledger page.
 */
import type { z } from 'zod';
import type { Answer, okSchema } from '../../../domain/contracts/common';
import type * as j from '../../../domain/contracts/jobs-answers';
import type { notificationPreferencesBody } from '../../../domain/contracts/notifications';
import type * as n from '../../../domain/contracts/notifications-answers';
import { request } from './client';

/* The answers: the server's own schemas (domain/contracts/notifications-answers.ts, jobs-answers.ts), as the wire carries them. */
export type NotificationEntry = Answer<typeof n.notificationEntry>;
export type NotificationPage = Answer<typeof n.notificationPage>;
export type NotificationPreferences = Answer<typeof n.notificationPreferences>;
export type JobStatus = Answer<typeof j.jobStatus>;
export type JobsStatus = Answer<typeof j.jobsStatus>;
export type JobRunAnswer = Answer<typeof j.jobRunAnswer>;
export type DeadlineKind = (typeof j.OPEN_DEADLINE_KINDS)[number];
export type OpenDeadline = Answer<typeof j.openDeadline>;
export type DeadlineLedger = Answer<typeof j.deadlineLedger>;

export const notificationsApi = {
  list: (q: { unread?: boolean; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    request<NotificationPage>('GET', '/api/notifications', { query: { unread: q.unread ? 'true' : undefined, page: q.page, pageSize: q.pageSize }, signal }),
  unreadCount: (signal?: AbortSignal) => request<Answer<typeof n.unreadCountAnswer>>('GET', '/api/notifications/unread-count', { signal }),
  markRead: (id: number) => request<Answer<typeof okSchema>>('POST', `/api/notifications/${id}/read`, { body: {} }),
  markAllRead: () => request<Answer<typeof n.markedReadAnswer>>('POST', '/api/notifications/read-all', { body: {} }),
  preferences: (signal?: AbortSignal) => request<NotificationPreferences>('GET', '/api/notification-preferences', { signal }),
  savePreferences: (body: z.input<typeof notificationPreferencesBody>) => request<NotificationPreferences>('PUT', '/api/notification-preferences', { body }),
  jobs: (signal?: AbortSignal) => request<JobsStatus>('GET', '/api/admin/jobs', { signal }),
  runJob: (name: string) => request<JobRunAnswer>('POST', `/api/admin/jobs/${name}/run`, { body: {} }),
  deadlines: (q: { unitId?: number; kind?: DeadlineKind; light?: 'green' | 'yellow' | 'red'; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    request<DeadlineLedger>('GET', '/api/deadlines', { query: q, signal }),
};
