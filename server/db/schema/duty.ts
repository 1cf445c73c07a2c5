import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { DUTY_KINDS, type PointRule } from '../../../domain/duty/duty';
import { congresses, deputies, organizations } from './organizations';
import { users } from './users';

/*
 * Deputies' duty records and points (R-DUTY-1, R-LINE-4, issue 15 §6–§8). The records the system
 * counts itself (suggestions, hotline reports) are read from their own tables; these are the ones
 * entered with evidence by the liaison office, a delegation or a liaison station.
 */

const inList = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(',')})`);

export const dutyRecords = pgTable(
  'duty_records',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    deputyId: integer()
      .notNull()
      .references(() => deputies.id),
    year: integer().notNull(),
    kind: text().notNull(),
    on: date({ mode: 'string' }).notNull(),
    title: text().notNull(),
    note: text(),
    /** evidence files: { filename, mimeType, size, sha256, storagePath }[] */
    evidence: jsonb().$type<{ filename: string; mimeType: string; size: number; sha256: string; storagePath: string }[]>().notNull().default([]),
    /** who entered it: the liaison office, a delegation or a liaison station (the user's organization) */
    enteredBy: integer().references(() => users.id),
    enteredByOrgId: integer().references(() => organizations.id),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [check('duty_records_kind', sql`${t.kind} in ${inList(DUTY_KINDS)}`), index().on(t.congressId, t.year), index().on(t.deputyId, t.year)],
);

/** A congress's points rulebook for a year (absent: domain/duty DEFAULT_POINT_RULES). */
export const dutyPointRules = pgTable(
  'duty_point_rules',
  {
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    year: integer().notNull(),
    rules: jsonb().$type<PointRule[]>().notNull(),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.congressId, t.year] })],
);
