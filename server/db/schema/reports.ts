import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { congresses, sessions } from './organizations';
import { users } from './users';

/**
 * R-STAT-3 the sections of a report an editor writes in the browser (measures,
 * problems, next steps…), kept per congress, kind, session and scope; the
 * figures are computed when the .docx is generated. `version` guards
 * concurrent edits (409, never a clobber).
 */
export const reportDrafts = pgTable(
  'report_drafts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    /** handlingReport 办理情况报告 · keyItemsReport 重点督办建议办理情况 · unitAnalysis 单位综合分析报告 */
    kind: text().notNull(),
    sessionId: integer()
      .notNull()
      .references(() => sessions.id),
    /** the scope as a stable key, e.g. 'all', 'unit:12', 'category:3' */
    scopeKey: text().notNull().default('all'),
    /** section id → text written by the editor */
    sections: jsonb().$type<Record<string, string>>().notNull().default({}),
    title: text(),
    version: integer().notNull().default(1),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('report_drafts_kind', sql`${t.kind} in ('handlingReport','keyItemsReport','unitAnalysis')`),
    uniqueIndex().on(t.congressId, t.kind, t.sessionId, t.scopeKey),
  ],
);

/**
 * §6 an import of items from the liaison office's .xlsx: all-or-nothing, so
 * a batch is either 'done' with every row in, or 'failed' with its row
 * errors and nothing written; `processed` reports progress of a large file.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    sessionId: integer().references(() => sessions.id),
    filename: text().notNull(),
    state: text().notNull().default('running'),
    total: integer().notNull().default(0),
    processed: integer().notNull().default(0),
    imported: integer().notNull().default(0),
    /** [{ row, column?, message }] */
    errors: jsonb().$type<{ row: number; column?: string; message: string }[]>().notNull().default([]),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [check('import_batches_state', sql`${t.state} in ('running','done','failed')`), index().on(t.congressId, t.id)],
);
