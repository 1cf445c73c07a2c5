/**
 * Supervision calls (issue 4): key supervision and its activities (R-SUP-3),
 * manual reminders and urging letters (R-SUP-2), progress bulletins (R-SUP-4);
 * request bodies typed by the shared contracts (domain/contracts/supervision.ts).
 */
import type { z } from 'zod';
import type { Light } from '../../../domain/deadlines';
import type { ItemState } from '../../../domain/items/states';
import type * as c from '../../../domain/contracts/supervision';
import type { BulletinContent } from '../../../domain/supervision/bulletin';
import type { KeySupervisionKind, SupervisionActivityKind } from '../../../domain/supervision/key-supervision';
import { request } from './client';

type In<S extends z.ZodType> = z.input<S>;
const item = (id: number) => `/api/items/${id}`;

export interface SupervisionActivity {
  id: number;
  keySupervisionId: number;
  kind: SupervisionActivityKind;
  heldOn: string;
  participants: string;
  notes: string;
  recordedByName: string | null;
  createdAt: string;
}

export interface KeySupervision {
  id: number;
  kind: KeySupervisionKind;
  leaders: string[];
  committeeIds: number[];
  committees: { id: number; name: string }[];
  note: string | null;
  active: boolean;
  version: number;
  designatedAt: string;
  designatedByName: string | null;
  revokedAt: string | null;
  revokeNote: string | null;
  activities: SupervisionActivity[];
}

export interface Reminder {
  id: number;
  kind: 'weeklyReminder' | 'weeklyUrge' | 'manual';
  unitId: number;
  unitName: string;
  note: string | null;
  week: string | null;
  createdAt: string;
  createdByName: string | null;
}

export interface UrgingLetter {
  id: number;
  unitId: number;
  unitName: string;
  number: string;
  title: string;
  body: string;
  respondBy: string | null;
  issuerName: string;
  issuedAt: string;
}

/** GET /api/items/:id/supervision */
export interface ItemSupervision {
  itemId: number;
  keySupervision: KeySupervision | null;
  revoked: KeySupervision[];
  reminders: Reminder[];
  urgingLetters: UrgingLetter[];
  openUnits: { unitId: number; unitName: string; role: string }[];
  actions: string[];
}

export interface KeySupervisionRow {
  keySupervisionId: number;
  version: number;
  kind: KeySupervisionKind;
  leaders: string[];
  committees: { id: number; name: string }[];
  note: string | null;
  designatedAt: string;
  itemId: number;
  number: string;
  title: string;
  state: ItemState;
  round: number;
  currentDue: string | null;
  resultClass: string | null;
  light: Light;
  daysLeft: number | null;
  replied: boolean;
  units: { unitId: number; unitName: string; role: string; state: string }[];
  activityCount: number;
  lastActivity: { kind: SupervisionActivityKind; heldOn: string; participants: string; notes: string } | null;
  urgingLetters: number;
  manualReminders: number;
}

export interface KeySupervisionList {
  yellowDays: number;
  counts: { total: number; byKind: Record<KeySupervisionKind, number>; replied: number; closed: number; red: number; yellow: number };
  rows: KeySupervisionRow[];
}

export interface Committee {
  id: number;
  name: string;
  shortName: string | null;
  active: boolean;
}

export interface BulletinHeader {
  id: number;
  sessionId: number | null;
  year: number;
  seq: number;
  number: string;
  title: string;
  asOf: string;
  scheduled: boolean;
  generatedByName: string | null;
  createdAt: string;
  unitsBehind: number;
}
export interface Bulletin extends BulletinHeader {
  content: BulletinContent;
}

export const supervisionApi = {
  getItemSupervision: (id: number, signal?: AbortSignal) => request<ItemSupervision>('GET', `${item(id)}/supervision`, { signal }),
  designateKeySupervision: (id: number, b: In<typeof c.designateKeySupervisionBody>) => request<KeySupervision>('POST', `${item(id)}/key-supervision`, { body: b }),
  updateKeySupervision: (id: number, b: In<typeof c.updateKeySupervisionBody>) => request<KeySupervision>('PUT', `${item(id)}/key-supervision`, { body: b }),
  revokeKeySupervision: (id: number, b: In<typeof c.revokeKeySupervisionBody>) => request<KeySupervision>('POST', `${item(id)}/key-supervision/revocation`, { body: b }),
  recordSupervisionActivity: (id: number, b: In<typeof c.supervisionActivityBody>) => request<SupervisionActivity>('POST', `${item(id)}/supervision-activities`, { body: b }),
  sendManualReminder: (id: number, b: In<typeof c.manualReminderBody>) => request<{ reminders: Reminder[] }>('POST', `${item(id)}/reminders`, { body: b }),
  issueUrgingLetter: (id: number, b: In<typeof c.urgingLetterBody>) => request<UrgingLetter>('POST', `${item(id)}/urging-letters`, { body: b }),

  listKeySupervisions: (q: { sessionId?: number; kind?: KeySupervisionKind; committeeId?: number }, signal?: AbortSignal) =>
    request<KeySupervisionList>('GET', '/api/key-supervisions', { query: q, signal }),
  listCommittees: (signal?: AbortSignal) => request<Committee[]>('GET', '/api/committees', { signal }),

  listBulletins: (signal?: AbortSignal) => request<BulletinHeader[]>('GET', '/api/bulletins', { signal }),
  getBulletin: (id: number, signal?: AbortSignal) => request<Bulletin>('GET', `/api/bulletins/${id}`, { signal }),
  generateBulletin: (b: In<typeof c.generateBulletinBody>) => request<Bulletin>('POST', '/api/bulletins', { body: b }),
};
