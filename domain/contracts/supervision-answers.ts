import { z } from 'zod';
import { RESULT_CLASSES, TASK_ROLES } from '../items/kinds';
import { ITEM_STATES, TASK_STATES } from '../items/states';
import { KEY_SUPERVISION_KINDS, SUPERVISION_ACTIVITY_KINDS } from '../supervision/key-supervision';
import { countsBy, day, timestamp } from './common';
import { light } from './item-answers';

/** Answers of key supervision, reminders, urging letters and bulletins (server/routes/supervision.ts; R-SUP-2/3/4). */

const keySupervisionKind = z.enum(KEY_SUPERVISION_KINDS);
const activityKind = z.enum(SUPERVISION_ACTIVITY_KINDS);
const named = z.object({ id: z.number(), name: z.string() });

/** POST /api/items/:itemId/supervision-activities (recordSupervisionActivity) — a supervision activity as stored. */
export const supervisionActivity = z.object({
  id: z.number(),
  keySupervisionId: z.number(),
  itemId: z.number(),
  kind: activityKind,
  heldOn: day,
  participants: z.string(),
  notes: z.string(),
  recordedBy: z.number().nullable(),
  createdAt: timestamp,
});
/** An activity on the item's page: with who recorded it. */
export const supervisionActivityView = supervisionActivity.extend({ recordedByName: z.string().nullable() });

/**
 * POST/PUT /api/items/:itemId/key-supervision, POST …/key-supervision/revocation
 * (designateKeySupervision, updateKeySupervision, revokeKeySupervision) — the designation as stored.
 */
export const keySupervisionRecord = z.object({
  id: z.number(),
  congressId: z.number(),
  itemId: z.number(),
  kind: keySupervisionKind,
  leaders: z.array(z.string()),
  committeeIds: z.array(z.number()),
  note: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
  designatedBy: z.number().nullable(),
  designatedAt: timestamp,
  revokedAt: timestamp.nullable(),
  revokeNote: z.string().nullable(),
});
/** A designation on the item's page: who made it, its committees by name, its activities (latest first). */
export const keySupervisionView = keySupervisionRecord.extend({
  designatedByName: z.string().nullable(),
  committees: z.array(named),
  activities: z.array(supervisionActivityView),
});

/** A reminder (催办) to a unit: manual, or the weekly reminder or urge (with its ISO week). */
export const reminder = z.object({
  id: z.number(),
  congressId: z.number(),
  kind: z.enum(['weeklyReminder', 'weeklyUrge', 'manual']),
  unitId: z.number(),
  unitName: z.string(),
  itemIds: z.array(z.number()),
  week: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: z.number().nullable(),
  createdAt: timestamp,
});
/** A reminder on the item's page: with who sent it (null: the weekly job). */
export const reminderView = reminder.extend({ createdByName: z.string().nullable() });

/** POST /api/items/:itemId/reminders (sendManualReminder) — one manual reminder per unit reminded. */
export const manualRemindersAnswer = z.object({ reminders: z.array(reminder) });

/** POST /api/items/:itemId/urging-letters (issueUrgingLetter) — an urging letter (督办函) with its number; also on the item's page. */
export const urgingLetter = z.object({
  id: z.number(),
  congressId: z.number(),
  itemId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  year: z.number(),
  seq: z.number(),
  number: z.string(),
  title: z.string(),
  body: z.string(),
  respondBy: day.nullable(),
  issuedBy: z.number().nullable(),
  issuerName: z.string(),
  issuedAt: timestamp,
});

/** GET /api/items/:itemId/supervision (getItemSupervision) — the item's supervision and the supervision actions the user may take. */
export const itemSupervision = z.object({
  itemId: z.number(),
  /** the active designation (null: not key-supervised) */
  keySupervision: keySupervisionView.nullable(),
  revoked: z.array(keySupervisionView),
  reminders: z.array(reminderView),
  urgingLetters: z.array(urgingLetter),
  /** the units that may be reminded (an open task) */
  openUnits: z.array(z.object({ unitId: z.number(), unitName: z.string(), role: z.enum(TASK_ROLES) })),
  /** operationIds of the supervision actions the user may take now */
  actions: z.array(z.string()),
});

/** One key-supervised item in the list: its designation, item, light (R-SUP-1), units and supervision so far. */
export const keySupervisionRow = z.object({
  keySupervisionId: z.number(),
  version: z.number(),
  kind: keySupervisionKind,
  leaders: z.array(z.string()),
  committeeIds: z.array(z.number()),
  committees: z.array(named),
  note: z.string().nullable(),
  designatedAt: timestamp,
  itemId: z.number(),
  number: z.string(),
  title: z.string(),
  state: z.enum(ITEM_STATES),
  round: z.number(),
  currentDue: day.nullable(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  light,
  daysLeft: z.number().nullable(),
  /** answered at least once */
  replied: z.boolean(),
  units: z.array(z.object({ unitId: z.number(), unitName: z.string(), role: z.enum(TASK_ROLES), state: z.enum(TASK_STATES) })),
  activityCount: z.number(),
  lastActivity: z.object({ kind: activityKind, heldOn: day, participants: z.string(), notes: z.string() }).nullable(),
  urgingLetters: z.number(),
  manualReminders: z.number(),
});

/** GET /api/key-supervisions (listKeySupervisions) — the key-supervised items with their counts. */
export const keySupervisionList = z.object({
  /** the yellow-light threshold the lights were computed with */
  yellowDays: z.number(),
  counts: z.object({
    total: z.number(),
    byKind: countsBy(KEY_SUPERVISION_KINDS),
    replied: z.number(),
    closed: z.number(),
    red: z.number(),
    yellow: z.number(),
  }),
  rows: z.array(keySupervisionRow),
});

/** A special committee (专门委员会) of the congress. */
export const committee = z.object({ id: z.number(), name: z.string(), shortName: z.string().nullable(), active: z.boolean() });
/** GET /api/committees (listCommittees). */
export const committeeList = z.array(committee);

/* ---- Progress bulletins (R-SUP-4) ---- */

const leadFigures = z.object({
  tasks: z.number(),
  replied: z.number(),
  replyRate: z.number().nullable(),
  onTime: z.number(),
  onTimeRate: z.number().nullable(),
  overdue: z.number(),
});
const coFigures = z.object({ tasks: z.number(), sent: z.number(), sentRate: z.number().nullable(), overdue: z.number() });

/** A bulletin's figures as stored when generated (domain/supervision/bulletin.ts BulletinContent). */
export const bulletinContent = z.object({
  sessionId: z.number(),
  sessionName: z.string(),
  asOf: day,
  /** 'YYYY-MM' of a monthly bulletin; null when generated on demand */
  scheduledMonth: z.string().nullable(),
  totals: z.object({ lead: leadFigures, co: coFigures, units: z.number(), unitsBehind: z.number() }),
  units: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      isGovernment: z.boolean(),
      lead: leadFigures,
      co: coFigures,
      behindSchedule: z.boolean(),
    }),
  ),
  behind: z.array(z.object({ unitId: z.number(), unitName: z.string(), leadOverdue: z.number(), coOverdue: z.number() })),
});

const bulletinFields = {
  id: z.number(),
  sessionId: z.number().nullable(),
  year: z.number(),
  seq: z.number(),
  /** 2026年第3期 */
  number: z.string(),
  title: z.string(),
  asOf: day,
  /** generated by the monthly job (no user) */
  scheduled: z.boolean(),
  generatedBy: z.number().nullable(),
  createdAt: timestamp,
};

/** A bulletin in the list: its header and how many units are behind schedule. */
export const bulletinHeader = z.object({ ...bulletinFields, generatedByName: z.string().nullable(), unitsBehind: z.number() });
/** GET /api/bulletins (listBulletins) — newest first. */
export const bulletinList = z.array(bulletinHeader);
/** GET /api/bulletins/:bulletinId (getBulletin) — the header with the figures. */
export const bulletin = bulletinHeader.extend({ content: bulletinContent });
/** POST /api/bulletins (generateBulletin) — the bulletin just stored, with its figures. */
export const generatedBulletin = z.object({ ...bulletinFields, congressId: z.number(), content: bulletinContent });
