/**
 * Notifications (§7), the background jobs' state (issue 4 §8) and the R-SUP-1
 * deadline ledger: the calls of the bell, the inbox, the preferences page,
 * the administrator's jobs page and the deadline ledger page.
 */
import type { z } from 'zod';
import type { notificationPreferencesBody } from '../../../domain/contracts/notifications';
import { request } from './client';

export interface NotificationEntry {
  id: number;
  itemId: number | null;
  itemNumber: string | null;
  type: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPreferences {
  emailEnabled: boolean;
  email: string | null;
  smsEnabled: boolean;
  mobile: string | null;
  mutedTypes: string[];
  /** 0 before the first save */
  version: number;
  types: { type: string; label: string }[];
}

export interface JobStatus {
  name: string;
  label: string;
  schedule: string;
  enabled: boolean;
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastStatus: 'ok' | 'error' | null;
  lastError: string | null;
  lastResult: Record<string, unknown> | null;
  runCount: number;
}

export interface JobsStatus {
  jobs: JobStatus[];
  runs: { id: number; jobName: string; scheduledFor: string; trigger: string; startedAt: string; finishedAt: string | null; status: 'ok' | 'error'; result: Record<string, unknown> | null; error: string | null }[];
  deliveries: { channel: 'email' | 'sms'; state: 'pending' | 'sent' | 'failed'; n: number }[];
  outbox: { pending: number; total: number };
  failures: { id: number; channel: string; address: string; attempts: number; lastError: string | null; state: string }[];
}

export type DeadlineKind = 'coOpinion' | 'reply' | 'rehandle' | 'referenceContact' | 'commitment';

export interface OpenDeadline {
  unitId: number;
  unitName: string;
  itemId: number;
  number: string;
  title: string;
  taskId: number | null;
  role: string;
  kind: DeadlineKind;
  due: string;
  daysLeft: number;
  light: 'green' | 'yellow' | 'red';
  commitmentId: number | null;
  content: string | null;
}

export interface DeadlineLedger {
  today: string;
  yellowDays: number;
  total: number;
  rows: OpenDeadline[];
  units: { unitId: number; unitName: string; red: number; yellow: number; green: number; total: number }[];
  totals: { red: number; yellow: number; green: number };
}

export const notificationsApi = {
  list: (q: { unread?: boolean; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    request<{ rows: NotificationEntry[]; total: number; unread: number }>('GET', '/api/notifications', { query: { unread: q.unread ? 'true' : undefined, page: q.page, pageSize: q.pageSize }, signal }),
  unreadCount: (signal?: AbortSignal) => request<{ unread: number }>('GET', '/api/notifications/unread-count', { signal }),
  markRead: (id: number) => request<{ ok: true }>('POST', `/api/notifications/${id}/read`, { body: {} }),
  markAllRead: () => request<{ marked: number }>('POST', '/api/notifications/read-all', { body: {} }),
  preferences: (signal?: AbortSignal) => request<NotificationPreferences>('GET', '/api/notification-preferences', { signal }),
  savePreferences: (body: z.input<typeof notificationPreferencesBody>) => request<NotificationPreferences>('PUT', '/api/notification-preferences', { body }),
  jobs: (signal?: AbortSignal) => request<JobsStatus>('GET', '/api/admin/jobs', { signal }),
  runJob: (name: string) => request<{ status: 'ok' | 'error'; result?: Record<string, unknown>; error?: string }>('POST', `/api/admin/jobs/${name}/run`, { body: {} }),
  deadlines: (q: { unitId?: number; kind?: DeadlineKind; light?: 'green' | 'yellow' | 'red'; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    request<DeadlineLedger>('GET', '/api/deadlines', { query: q, signal }),
};
