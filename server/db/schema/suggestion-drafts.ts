import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { categories, congresses, deputies, sessions } from './organizations';

/**
 * A deputy's suggestion kept as a draft (草稿) before it is submitted: private to the deputy, not an item
 * yet — no number, no state, nobody else sees it. Submitting it creates the item and removes the draft
 * in one transaction.
 */
export const suggestionDrafts = pgTable(
  'suggestion_drafts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    deputyId: integer()
      .notNull()
      .references(() => deputies.id),
    sessionId: integer().references(() => sessions.id),
    title: text().notNull().default(''),
    body: text().notNull().default(''),
    categoryId: integer().references(() => categories.id),
    period: text().notNull().default('plenary'),
    cosignerDeputyIds: jsonb().$type<number[]>().notNull().default([]),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('suggestion_drafts_period', sql`${t.period} in ('plenary','interim')`), index().on(t.deputyId, t.updatedAt)],
);
