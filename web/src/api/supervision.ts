/**
 * Supervision calls (issue 4): key supervision and its activities (R-SUP-3),
 * manual reminders and urging letters (R-SUP-2), progress bulletins (R-SUP-4);
 * request bodies typed by the shared contracts (domain/contracts/supervision.ts).
 */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type * as c from '../../../domain/contracts/supervision';
import type * as a from '../../../domain/contracts/supervision-answers';
import type { KeySupervisionKind } from '../../../domain/supervision/key-supervision';
import { request } from './client';

type In<S extends z.ZodType> = z.input<S>;
const item = (id: number) => `/api/items/${id}`;

/* The answers: the server's own schemas (domain/contracts/supervision-answers.ts), as the wire carries them. */
export type SupervisionActivity = Answer<typeof a.supervisionActivity>;
export type KeySupervisionRecord = Answer<typeof a.keySupervisionRecord>;
export type KeySupervision = Answer<typeof a.keySupervisionView>;
export type Reminder = Answer<typeof a.reminderView>;
export type ManualReminders = Answer<typeof a.manualRemindersAnswer>;
export type UrgingLetter = Answer<typeof a.urgingLetter>;
/** GET /api/items/:id/supervision */
export type ItemSupervision = Answer<typeof a.itemSupervision>;
export type KeySupervisionRow = Answer<typeof a.keySupervisionRow>;
export type KeySupervisionList = Answer<typeof a.keySupervisionList>;
export type Committee = Answer<typeof a.committee>;
export type BulletinHeader = Answer<typeof a.bulletinHeader>;
export type Bulletin = Answer<typeof a.bulletin>;
export type GeneratedBulletin = Answer<typeof a.generatedBulletin>;

export const supervisionApi = {
  getItemSupervision: (id: number, signal?: AbortSignal) => request<ItemSupervision>('GET', `${item(id)}/supervision`, { signal }),
  designateKeySupervision: (id: number, b: In<typeof c.designateKeySupervisionBody>) =>
    request<KeySupervisionRecord>('POST', `${item(id)}/key-supervision`, { body: b }),
  updateKeySupervision: (id: number, b: In<typeof c.updateKeySupervisionBody>) =>
    request<KeySupervisionRecord>('PUT', `${item(id)}/key-supervision`, { body: b }),
  revokeKeySupervision: (id: number, b: In<typeof c.revokeKeySupervisionBody>) =>
    request<KeySupervisionRecord>('POST', `${item(id)}/key-supervision/revocation`, { body: b }),
  recordSupervisionActivity: (id: number, b: In<typeof c.supervisionActivityBody>) =>
    request<SupervisionActivity>('POST', `${item(id)}/supervision-activities`, { body: b }),
  sendManualReminder: (id: number, b: In<typeof c.manualReminderBody>) => request<ManualReminders>('POST', `${item(id)}/reminders`, { body: b }),
  issueUrgingLetter: (id: number, b: In<typeof c.urgingLetterBody>) => request<UrgingLetter>('POST', `${item(id)}/urging-letters`, { body: b }),

  listKeySupervisions: (q: { sessionId?: number; kind?: KeySupervisionKind; committeeId?: number }, signal?: AbortSignal) =>
    request<KeySupervisionList>('GET', '/api/key-supervisions', { query: q, signal }),
  listCommittees: (signal?: AbortSignal) => request<Committee[]>('GET', '/api/committees', { signal }),

  listBulletins: (signal?: AbortSignal) => request<BulletinHeader[]>('GET', '/api/bulletins', { signal }),
  getBulletin: (id: number, signal?: AbortSignal) => request<Bulletin>('GET', `/api/bulletins/${id}`, { signal }),
  generateBulletin: (b: In<typeof c.generateBulletinBody>) => request<GeneratedBulletin>('POST', '/api/bulletins', { body: b }),
};
