import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { congresses } from './organizations';
import { items, tasks } from './items';
import { users } from './users';

/** 规则配置: every configurable number of domain.md, per congress and year. */
export const rulesProfiles = pgTable(
  'rules_profiles',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    year: integer().notNull(),
    preset: text(),
    values: jsonb().notNull(),
    version: integer().notNull().default(1),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.congressId, t.year)],
);

/**
 * A year's holiday schedule entered by a body's administrator (issue 16: each body its own calendar
 * overrides). It replaces the built-in schedule for that body and the bodies below it, unless one of
 * them enters its own (a local holiday of an autonomous county); server/rules/calendar.ts picks the
 * nearest.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    year: integer().notNull(),
    holidays: jsonb().$type<string[]>().notNull(),
    makeupWorkdays: jsonb().$type<string[]>().notNull(),
    note: text(),
    version: integer().notNull().default(1),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.congressId, t.year] })],
);

/** Each computed deadline of an item, with how it was computed. */
export const deadlines = pgTable(
  'deadlines',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    taskId: integer().references(() => tasks.id),
    kind: text().notNull(),
    baseDate: date({ mode: 'string' }).notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    rule: jsonb().notNull(),
    provisional: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('deadlines_kind', sql`${t.kind} in ('adjustmentWindow','coOpinion','reply','rehandle','evaluation','referenceContact','responsibilityConfirm')`),
    index().on(t.itemId),
    index('deadlines_provisional')
      .on(t.provisional)
      .where(sql`${t.provisional}`),
  ],
);
