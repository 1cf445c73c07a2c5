import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { TemplateKind } from '../../../domain/templates/placeholders';
import { congresses, organizations } from './organizations';
import { users } from './users';

/**
 * Reply templates (答复模板) and snippets (常用段落) with placeholders
 * (domain/templates/): a unit's own (`unitId`), or shared by the liaison
 * office with every unit of the congress (`unitId` null). Names are unique
 * per owner; `version` guards edits (optimistic, 409 when stale).
 */
export const replyTemplates = pgTable(
  'reply_templates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    /** The owning unit; null: shared (共用), kept by the liaison office. */
    unitId: integer().references(() => organizations.id),
    kind: text().$type<TemplateKind>().notNull(),
    name: text().notNull(),
    body: text().notNull(),
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('reply_templates_kind', sql`${t.kind} in ('letter','snippet')`),
    check('reply_templates_name_length', sql`char_length(${t.name}) between 1 and 50`),
    uniqueIndex('reply_templates_unit_name')
      .on(t.unitId, t.name)
      .where(sql`${t.unitId} is not null`),
    uniqueIndex('reply_templates_shared_name')
      .on(t.congressId, t.name)
      .where(sql`${t.unitId} is null`),
    index('reply_templates_congress_unit').on(t.congressId, t.unitId),
  ],
);
