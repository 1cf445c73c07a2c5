import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { items } from './items';
import { users } from './users';

/**
 * Notifications written in the same transaction as their cause (§7). The
 * worker fans each row out after commit — into the recipients' in-app inboxes
 * and their external deliveries — and stamps `sentAt`. `dedupeKey` makes a
 * scheduled message (a weekly reminder, a deadline warning) exist once however
 * often its job runs.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    channel: text().notNull().default('inApp'),
    congressId: integer(),
    recipientUserId: integer().references(() => users.id),
    recipientOrgId: integer(),
    recipientDeputyId: integer(),
    /**
     * An office's queue (liaisonOffice / governmentOffice) when no person or unit is named; with a unit
     * (recipientOrgId), the unit's people of that role only (its office, handlers or leaders); with a
     * delegation, its contact persons (delegationContact).
     */
    recipientRole: text(),
    itemId: integer().references(() => items.id),
    type: text().notNull(),
    payload: jsonb().notNull().default({}),
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the worker fanned it out (null: pending). */
    sentAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
  },
  (t) => [
    index('outbox_unsent')
      .on(t.id)
      .where(sql`${t.sentAt} is null`),
    uniqueIndex('outbox_dedupe_key').on(t.dedupeKey),
    check(
      'outbox_recipient_role',
      sql`${t.recipientRole} is null or ${t.recipientRole} in ('liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','delegationContact')`,
    ),
  ],
);

/** The in-app inbox (站内消息): one row per user and outbox message. */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    outboxId: integer()
      .notNull()
      .references(() => outbox.id),
    itemId: integer().references(() => items.id),
    type: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_once').on(t.outboxId, t.userId),
    index('notifications_user').on(t.userId, t.id),
    index('notifications_unread')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);

/**
 * One e-mail or SMS to one address. Claimed with a lease by one worker at a
 * time, retried with back-off; `dedupeKey` goes to the gateway (Message-ID,
 * idempotency header) so a retry after a crash is recognised, not delivered twice.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    outboxId: integer()
      .notNull()
      .references(() => outbox.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
    channel: text().notNull(),
    address: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    dedupeKey: text().notNull(),
    state: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('deliveries_channel', sql`${t.channel} in ('email','sms')`),
    check('deliveries_state', sql`${t.state} in ('pending','sent','failed')`),
    uniqueIndex('deliveries_dedupe_key').on(t.dedupeKey),
    index('deliveries_due')
      .on(t.nextAttemptAt)
      .where(sql`${t.state} = 'pending'`),
  ],
);

/** Per-user choices: which external channels, to which address, and which message types to skip there. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: integer()
    .primaryKey()
    .references(() => users.id),
  emailEnabled: boolean().notNull().default(false),
  email: text(),
  smsEnabled: boolean().notNull().default(false),
  mobile: text(),
  /** Message types the user does not want by e-mail or SMS (the in-app inbox keeps everything). */
  mutedTypes: jsonb().$type<string[]>().notNull().default([]),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
