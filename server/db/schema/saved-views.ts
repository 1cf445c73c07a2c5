import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * A user's saved ledger filter (保存的筛选方案): the ledger query under a
 * name, kept on the server so it follows the clerk to another computer.
 * Names are unique per user; `version` guards renames (optimistic).
 */
export const savedViews = pgTable(
  'saved_views',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** The GET /api/items query string as key → value (parses with `ledgerQuery`). */
    query: jsonb().$type<Record<string, string>>().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_views_user_name').on(t.userId, t.name), check('saved_views_name_length', sql`char_length(${t.name}) between 1 and 50`)],
);
