import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AdjustmentKind, IndicatorKey } from '../../../domain/checklists/scoring';
import { congresses } from './organizations';
import { users } from './users';

/*
 * The county's quarterly guidance checklists for its townships (乡镇人大工作指导清单, R-TOWN-1),
 * the townships' reports with evidence, the county leaders' on-site guidance (联点指导), the
 * quarter-end exchange meetings (季度交流会) and the annual assessment (年度考核). Every row
 * belongs to the county congress (`congress_id`); a township's rows also name the township.
 */

const inList = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(',')})`);
const STATES = inList(['draft', 'issued']);
const ENTRY_TYPES = inList(['statutory', 'deputyWork', 'centralWork']);
const STATUSES = inList(['pending', 'done', 'inProgress', 'notDone']);
const INDICATORS = inList([
  'statutoryMeetings',
  'livelihoodVoting',
  'liaisonStations',
  'deputyActivities',
  'townshipSuggestions',
  'filingAndLegislation',
  'publicity',
]);

/** One quarterly checklist of a county: drafted, then issued to the townships it lists. */
export const checklists = pgTable(
  'checklists',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    year: integer().notNull(),
    quarter: integer().notNull(),
    title: text().notNull(),
    state: text().notNull().default('draft'),
    /** the checklist this one was copied from (last year's same quarter …) */
    copiedFromId: integer(),
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    issuedBy: integer().references(() => users.id),
    issuedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('checklists_state', sql`${t.state} in ${STATES}`),
    check('checklists_quarter', sql`${t.quarter} between 1 and 4`),
    check('checklists_year', sql`${t.year} between 2000 and 2100`),
    check('checklists_issued', sql`(${t.state} = 'issued') = (${t.issuedAt} is not null)`),
    foreignKey({ columns: [t.copiedFromId], foreignColumns: [t.id] }).onDelete('set null'),
    index().on(t.congressId, t.year, t.quarter),
  ],
);

/** An entry of a checklist: its type, what to do, by when, and what evidence counts. */
export const checklistEntries = pgTable(
  'checklist_entries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    checklistId: integer()
      .notNull()
      .references(() => checklists.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    type: text().notNull(),
    text: text().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    /** 佐证材料要求: what evidence counts */
    evidence: text().notNull(),
    /** the assessment indicator the entry counts towards (domain/checklists/scoring.ts); null: none */
    indicator: text(),
  },
  (t) => [
    check('checklist_entries_type', sql`${t.type} in ${ENTRY_TYPES}`),
    check('checklist_entries_indicator', sql`${t.indicator} is null or ${t.indicator} in ${INDICATORS}`),
    uniqueIndex().on(t.checklistId, t.seq),
  ],
);

/** The townships a checklist goes to. */
export const checklistTownships = pgTable(
  'checklist_townships',
  {
    checklistId: integer()
      .notNull()
      .references(() => checklists.id, { onDelete: 'cascade' }),
    townshipCongressId: integer()
      .notNull()
      .references(() => congresses.id),
  },
  (t) => [primaryKey({ columns: [t.checklistId, t.townshipCongressId] }), index().on(t.townshipCongressId)],
);

/** One township's report on one entry: made when the checklist is issued, then reported by the township's presidium. */
export const checklistReports = pgTable(
  'checklist_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** the county */
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    checklistId: integer()
      .notNull()
      .references(() => checklists.id),
    checklistEntryId: integer()
      .notNull()
      .references(() => checklistEntries.id),
    townshipCongressId: integer()
      .notNull()
      .references(() => congresses.id),
    status: text().notNull().default('pending'),
    /** 落实情况: the township's short text */
    note: text(),
    firstReportedOn: date({ mode: 'string' }),
    reportedOn: date({ mode: 'string' }),
    reportedAt: timestamp({ withTimezone: true }),
    /** the day it was (last) reported done; null while not done */
    doneOn: date({ mode: 'string' }),
    reportedBy: integer().references(() => users.id),
    reportedByName: text(),
    /** the reminder job's last stage for this row ('soon': due within the yellow days, 'overdue') */
    remindedStage: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    check('checklist_reports_status', sql`${t.status} in ${STATUSES}`),
    check('checklist_reports_done_on', sql`(${t.status} = 'done') = (${t.doneOn} is not null)`),
    check('checklist_reports_reminded', sql`${t.remindedStage} is null or ${t.remindedStage} in ('soon','overdue')`),
    uniqueIndex().on(t.checklistEntryId, t.townshipCongressId),
    index().on(t.townshipCongressId, t.status),
    index().on(t.checklistId),
    index().on(t.congressId, t.status),
  ],
);

/** Evidence files of a report (photos, minutes …), stored under DATA_DIR/uploads like the items' attachments. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    checklistReportId: integer()
      .notNull()
      .references(() => checklistReports.id),
    filename: text().notNull(),
    mimeType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    storagePath: text().notNull(),
    uploadedBy: integer().references(() => users.id),
    uploadedByName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.checklistReportId)],
);

/** 联点指导: a county leader paired with a township, kept by the county liaison office. */
export const guidancePairings = pgTable(
  'guidance_pairings',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    leaderUserId: integer()
      .notNull()
      .references(() => users.id),
    townshipCongressId: integer()
      .notNull()
      .references(() => congresses.id),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.leaderUserId, t.townshipCongressId), index().on(t.congressId)],
);

/** A paired leader's on-site visit to a township: whom they met, what they read, their assessment and requirements. */
export const guidanceVisits = pgTable(
  'guidance_visits',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    townshipCongressId: integer()
      .notNull()
      .references(() => congresses.id),
    leaderUserId: integer()
      .notNull()
      .references(() => users.id),
    leaderName: text().notNull(),
    visitedOn: date({ mode: 'string' }).notNull(),
    deputiesVisited: integer().notNull(),
    votersVisited: integer().notNull(),
    /** 查阅台账 */
    ledgersRead: text().notNull(),
    /** 工作评价 */
    assessment: text().notNull(),
    /** 要求和指导意见 */
    requirements: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('guidance_visits_counts', sql`${t.deputiesVisited} >= 0 and ${t.votersVisited} >= 0`),
    index().on(t.congressId, t.visitedOn),
    index().on(t.townshipCongressId),
  ],
);

/** The checklist entries a visit concerned. */
export const guidanceVisitEntries = pgTable(
  'guidance_visit_entries',
  {
    guidanceVisitId: integer()
      .notNull()
      .references(() => guidanceVisits.id, { onDelete: 'cascade' }),
    checklistEntryId: integer()
      .notNull()
      .references(() => checklistEntries.id),
  },
  (t) => [primaryKey({ columns: [t.guidanceVisitId, t.checklistEntryId] })],
);

/** 季度交流会: the quarter-end meeting of the township chairs, recorded by the county liaison office. */
export const exchangeMeetings = pgTable(
  'exchange_meetings',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    year: integer().notNull(),
    quarter: integer().notNull(),
    heldOn: date({ mode: 'string' }).notNull(),
    /** 交流情况与存在问题 */
    summary: text().notNull(),
    /** 下季度清单重点工作讲解 */
    briefing: text().notNull(),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('exchange_meetings_quarter', sql`${t.quarter} between 1 and 4`), index().on(t.congressId, t.year)],
);

/** The typical experiences a meeting picked: townships' report rows. */
export const exchangeMeetingExperiences = pgTable(
  'exchange_meeting_experiences',
  {
    exchangeMeetingId: integer()
      .notNull()
      .references(() => exchangeMeetings.id, { onDelete: 'cascade' }),
    checklistReportId: integer()
      .notNull()
      .references(() => checklistReports.id),
  },
  (t) => [primaryKey({ columns: [t.exchangeMeetingId, t.checklistReportId] })],
);

/** One indicator of a year's scheme: its points and what the assessors check. */
export interface SchemeIndicator {
  key: IndicatorKey;
  points: number;
  evidenceRule: string;
}
/** A bonus or deduction item of a scheme (加分项目 / 扣分项目): its name, points at most, and when it applies. */
export interface SchemeItem {
  name: string;
  points: number;
  rule: string;
}

/** A county's annual assessment of its townships: the scheme (indicators, bonus and deduction items), then the scores. */
export const townshipAssessments = pgTable(
  'township_assessments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    year: integer().notNull(),
    state: text().notNull().default('draft'),
    indicators: jsonb().$type<SchemeIndicator[]>().notNull(),
    bonusItems: jsonb().$type<SchemeItem[]>().notNull().default([]),
    deductionItems: jsonb().$type<SchemeItem[]>().notNull().default([]),
    bonusCap: numeric({ precision: 5, scale: 1, mode: 'number' }).notNull(),
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finalizedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('township_assessments_state', sql`${t.state} in ('draft','finalized')`),
    check('township_assessments_finalized', sql`(${t.state} = 'finalized') = (${t.finalizedAt} is not null)`),
    uniqueIndex().on(t.congressId, t.year),
  ],
);

/** A township's score on one indicator: the automatic one (kept when finalized) and a manual one with its reason. */
export const assessmentScores = pgTable(
  'assessment_scores',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer()
      .notNull()
      .references(() => townshipAssessments.id),
    townshipCongressId: integer()
      .notNull()
      .references(() => congresses.id),
    indicator: text().notNull(),
    /** the automatic score as it stood when the assessment was finalized (null before, or with nothing to score) */
    autoPoints: numeric({ precision: 5, scale: 1, mode: 'number' }),
    /** what the automatic score rested on when finalized (按期完成 3/4 项 …) */
    autoBasis: text(),
    manualPoints: numeric({ precision: 5, scale: 1, mode: 'number' }),
    reason: text(),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('assessment_scores_indicator', sql`${t.indicator} in ${INDICATORS}`), uniqueIndex().on(t.assessmentId, t.townshipCongressId, t.indicator)],
);

/** A bonus or deduction given to a township, with its reason. */
export const assessmentAdjustments = pgTable(
  'assessment_adjustments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer()
      .notNull()
      .references(() => townshipAssessments.id),
    townshipCongressId: integer()
      .notNull()
      .references(() => congresses.id),
    kind: text().$type<AdjustmentKind>().notNull(),
    item: text().notNull(),
    points: numeric({ precision: 5, scale: 1, mode: 'number' }).notNull(),
    reason: text().notNull(),
    createdBy: integer().references(() => users.id),
    createdByName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('assessment_adjustments_kind', sql`${t.kind} in ('bonus','deduction')`),
    check('assessment_adjustments_points', sql`${t.points} > 0`),
    index().on(t.assessmentId, t.townshipCongressId),
  ],
);

/**
 * The history of the checklists stream (server/usecases/checklists/events.ts names its types):
 * who did what when, on a checklist, a township's report, a visit, a meeting or the assessment.
 */
export const checklistEvents = pgTable(
  'checklist_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    checklistId: integer().references(() => checklists.id, { onDelete: 'set null' }),
    checklistReportId: integer().references(() => checklistReports.id),
    townshipCongressId: integer().references(() => congresses.id),
    type: text().notNull(),
    actorUserId: integer().references(() => users.id),
    actorRole: text().notNull(),
    actorName: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    fromState: text(),
    toState: text(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index().on(t.congressId, t.at), index().on(t.checklistId), index().on(t.checklistReportId)],
);
