import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { deputies, organizations, sessions } from './organizations';
import { items, tasks } from './items';
import { users } from './users';
import type { ReplyState, RequestState } from '../../../domain/items/states';
import type { CommitmentState } from '../../../domain/commitments/tracking';

/** R-TALK-1: every contact with a deputy. */
export const contacts = pgTable(
  'contacts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    taskId: integer()
      .notNull()
      .references(() => tasks.id),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    contactedOn: date({ mode: 'string' }).notNull(),
    method: text().notNull(),
    phase: text().notNull(),
    faceToFace: boolean().notNull(),
    participants: text().notNull(),
    summary: text().notNull(),
    deputyView: text(),
    recordedBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('contacts_method', sql`${t.method} in ('visit','meeting','inspection','phone','wechat','video','letter')`),
    check('contacts_phase', sql`${t.phase} in ('before','during','after')`),
    index().on(t.itemId),
    index().on(t.unitId),
  ],
);

/**
 * A deputy's answer to a contact a unit logged with them (R-TALK-1): confirmed
 * or disputed (with what was wrong). One answer per deputy and contact; it is
 * final, so the record the unit's contact rate rests on cannot be rewritten.
 */
export const contactResponses = pgTable(
  'contact_responses',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    contactId: integer()
      .notNull()
      .references(() => contacts.id),
    deputyId: integer()
      .notNull()
      .references(() => deputies.id),
    response: text().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('contact_responses_response', sql`${t.response} in ('confirmed','disputed')`), uniqueIndex().on(t.contactId, t.deputyId)],
);

/** R-CO-1: a co-handler's opinion to the lead. */
export const coOpinions = pgTable(
  'co_opinions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    taskId: integer()
      .notNull()
      .references(() => tasks.id),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    body: text().notNull(),
    publicity: text().notNull(),
    privateReason: text(),
    state: text().notNull().default('sent'),
    returnReason: text(),
    /** R-CO-1: printed on the co-opinion letter like a reply's (R-REPLY-2); required when sent, null on opinions sent before. */
    contactPerson: text(),
    contactPhone: text(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentBy: integer().references(() => users.id),
  },
  (t) => [
    check('co_opinions_state', sql`${t.state} in ('sent','returned')`),
    check('co_opinions_publicity', sql`${t.publicity} in ('public','private')`),
    check('co_opinions_private_reason', sql`${t.publicity} = 'public' or ${t.privateReason} is not null`),
    index().on(t.itemId),
  ],
);

/** R-REPLY-1..4: a reply letter, drafted, reviewed, signed and sent. */
export const replies = pgTable(
  'replies',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    taskId: integer()
      .notNull()
      .references(() => tasks.id),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    round: integer().notNull().default(1),
    state: text().$type<ReplyState>().notNull().default('draft'),
    version: integer().notNull().default(1),
    body: text().notNull(),
    resultClass: text().notNull(),
    publicity: text().notNull().default('public'),
    privateReason: text(),
    docNumber: text(),
    signer: text(),
    contactPerson: text().notNull(),
    contactPhone: text().notNull(),
    copies: jsonb().$type<string[]>().notNull().default([]),
    /** R-TRACK-1: B-class commitments drafted with the reply, registered when it is sent. */
    plannedCommitments: jsonb().$type<{ content: string; targetDate: string }[]>().notNull().default([]),
    sendBackReason: text(),
    /** R-TALK-2 and R-CO-1 overrides by an office, with reasons. */
    contactOverrideReason: text(),
    coOpinionOverrideReason: text(),
    draftedBy: integer().references(() => users.id),
    signedAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    sentOn: date({ mode: 'string' }),
    /** R-PUBLISH-1: when a public reply was published on the portal. */
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('replies_state', sql`${t.state} in ('draft','inReview','awaitingSignOff','signed','sent')`),
    check('replies_class', sql`${t.resultClass} in ('A','B','C','D')`),
    check('replies_publicity', sql`${t.publicity} in ('public','private')`),
    check('replies_private_reason', sql`${t.publicity} = 'public' or ${t.privateReason} is not null`),
    index().on(t.itemId),
    // One reply per task and round.
    uniqueIndex().on(t.taskId, t.round),
  ],
);

/** R-TRACK-1: a B-class commitment with its target date. */
export const commitments = pgTable(
  'commitments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    replyId: integer()
      .notNull()
      .references(() => replies.id),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    content: text().notNull(),
    targetDate: date({ mode: 'string' }).notNull(),
    state: text().$type<CommitmentState>().notNull().default('registered'),
    version: integer().notNull().default(1),
    /** Progress reports, each with its evidence (attachment ids of the item). */
    progress: jsonb().$type<{ on: string; note: string; by: string; attachmentIds?: number[] }[]>().notNull().default([]),
    /** R-TRACK-1: the unit asks the office to strike the delivered commitment off. */
    strikeOffRequestNote: text(),
    strikeOffRequestedAt: timestamp({ withTimezone: true }),
    /** R-TRACK-1: the session it is tracked in now (carried over from the reply's session into later ones). */
    trackedSessionId: integer().references(() => sessions.id),
    carriedOverAt: timestamp({ withTimezone: true }),
    closedNote: text(),
    closedAt: timestamp({ withTimezone: true }),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('commitments_state', sql`${t.state} in ('registered','strikeOffRequested','struckOff','convertedToC')`),
    index().on(t.itemId),
    index().on(t.state, t.targetDate),
  ],
);

/** R-EVAL-1: one evaluation per deputy per round. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    deputyId: integer()
      .notNull()
      .references(() => deputies.id),
    round: integer().notNull(),
    result: text().notNull(),
    comment: text(),
    proxy: boolean().notNull().default(false),
    proxyAttachmentId: integer(),
    /** R-REPLY-8: a classified item's signed form is kept in the offline file instead of scanned */
    proxyFormOffline: boolean().notNull().default(false),
    enteredBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('evaluations_result', sql`${t.result} in ('satisfied','basicallySatisfied','dissatisfied')`),
    check('evaluations_proxy_form', sql`not ${t.proxy} or ${t.proxyAttachmentId} is not null or ${t.proxyFormOffline}`),
    uniqueIndex().on(t.itemId, t.deputyId, t.round),
  ],
);

/** R-ASSIGN-3 adjustment requests and R-REPLY-7 extension requests. */
export const requests = pgTable(
  'requests',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    taskId: integer()
      .notNull()
      .references(() => tasks.id),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    reason: text().notNull(),
    suggestedUnitIds: jsonb().$type<number[]>().notNull().default([]),
    state: text().$type<RequestState>().notNull().default('pending'),
    decisionNote: text(),
    requestedBy: integer().references(() => users.id),
    decidedBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('requests_kind', sql`${t.kind} in ('adjustment','extension')`),
    check('requests_state', sql`${t.state} in ('pending','approved','rejected')`),
    index().on(t.itemId),
    uniqueIndex('requests_one_pending')
      .on(t.taskId, t.kind)
      .where(sql`${t.state} = 'pending'`),
  ],
);

/** Scanned letters, proxy evaluation forms, photos: stored under DATA_DIR/uploads. */
export const attachments = pgTable(
  'attachments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    purpose: text().notNull().default('general'),
    /** The uploading unit (its own part of the item); null for deputies' and offices' uploads. */
    unitId: integer().references(() => organizations.id),
    filename: text().notNull(),
    mimeType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    storagePath: text().notNull(),
    uploadedBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.itemId)],
);
