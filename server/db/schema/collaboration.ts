import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { EditLockKind } from '../../../domain/collaboration/edit-locks';
import { items } from './items';
import { organizations } from './organizations';
import { users } from './users';

/**
 * Soft edit locks (issue 13 §9): who is editing an item's reply draft (per unit: `scopeOrgId`)
 * or assignment plan (`scopeOrgId` null), and since when. A lock lapses by itself without a
 * heartbeat (domain/collaboration/permissions.ts); it warns and records, the version check
 * (409) still guards every write. One row per item, kind and scope.
 */
export const editLocks = pgTable(
  'edit_locks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    what: text().$type<EditLockKind>().notNull(),
    /** the unit whose reply draft is edited; null for the item's assignment plan */
    scopeOrgId: integer().references(() => organizations.id),
    holderUserId: integer()
      .notNull()
      .references(() => users.id),
    acquiredAt: timestamp({ withTimezone: true }).notNull(),
    heartbeatAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    check('edit_locks_what', sql`${t.what} in ('replyDraft','assignmentPlan')`),
    unique('edit_locks_item_what_scope').on(t.itemId, t.what, t.scopeOrgId).nullsNotDistinct(),
  ],
);

/**
 * Internal notes (内部备注) on an item: seen only by the staff of the author's organization
 * (an office or a unit), never by deputies, other organizations, the history or any export.
 * Deleting keeps the row (`deletedAt`); `version` guards it.
 */
export const itemNotes = pgTable(
  'item_notes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    authorUserId: integer()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('item_notes_body_length', sql`char_length(${t.body}) between 1 and 2000`),
    index('item_notes_item_org').on(t.itemId, t.organizationId, t.createdAt),
  ],
);
