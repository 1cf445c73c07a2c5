import { z } from 'zod';
import { REPORT_KINDS, type SectionId } from '../reports/report-text';
import { timestamp } from './common';
import { share, statistics } from './statistics-answers';

/** Answers of the report operations (server/routes/reports.ts, R-STAT-3). */

const SECTION_IDS = ['measures', 'problems', 'nextSteps'] as const satisfies readonly SectionId[];

/** GET /api/reports/scopes — what a report of a session may cover: sessions, units (with their items), categories, delegations. */
export const reportScopes = z.object({
  sessions: z.array(z.object({ id: z.number(), name: z.string(), code: z.string(), year: z.number() })),
  units: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      /** the unit's items in the session (lead, single, split or co) */
      items: z.number(),
      /** a unit analysis is required from `unitAnalysisMinItems` items */
      analysisRequired: z.boolean(),
    }),
  ),
  categories: z.array(z.object({ id: z.number(), name: z.string(), parentId: z.number().nullable() })),
  /** a congress's delegations; a CPPCC committee's sectors (界别) */
  delegations: z.array(z.object({ id: z.number(), name: z.string() })),
  unitAnalysisMinItems: z.number(),
  /** each report kind named in the body's words (提案办理情况报告 in a CPPCC committee, §8) */
  kindLabels: z.object({ handlingReport: z.string(), keyItemsReport: z.string(), unitAnalysis: z.string() }),
  /** what the delegation scope is called: 代表团 / 界别 */
  groupLabel: z.string(),
  /** 建议 / 提案 */
  itemLabel: z.string(),
});

/** The figures a report's basic situation prints. */
const handlingFigures = z.object({
  items: z.number(),
  replied: z.number(),
  replyRate: z.number().nullable(),
  /** A/B/C, and D where the rules profile has four classes (issue 17 §2) */
  resultClasses: z.object({ A: share, B: share, C: share, D: share.optional() }),
  evaluations: z.object({ satisfied: share, basicallySatisfied: share, dissatisfied: share, satisfactionRate: z.number().nullable() }),
  contacts: z.number(),
  contactRate: z.number().nullable(),
  /** handling units with a part in the scope's items */
  units: z.number(),
});

/** GET /api/reports/draft — a report as the editor sees it: the computed basic situation, the sections, the draft's version. */
export const reportView = z.object({
  kind: z.enum(REPORT_KINDS),
  kindLabel: z.string(),
  sessionId: z.number(),
  sessionName: z.string(),
  /** the session as the report prints it: 湖南省第十四届人民代表大会第三次会议 (domain/documents/full-names.ts) */
  sessionFullName: z.string(),
  year: z.number(),
  /** the scope key: all, unit:<id>, category:<id>, delegation:<id> */
  scope: z.string(),
  /** the scope's name (empty for the whole congress) */
  scopeLabel: z.string(),
  title: z.string(),
  /** the sections this kind of report has, in order */
  sectionDefs: z.array(z.object({ id: z.enum(SECTION_IDS), heading: z.string() })),
  /** as saved, or prefilled from the data when never saved */
  sections: z.object({
    addressee: z.string(),
    issuer: z.string(),
    intro: z.string(),
    measures: z.string(),
    problems: z.string(),
    nextSteps: z.string(),
  }),
  /** null: never saved (the next save sends no version) */
  draft: z.object({ id: z.number(), version: z.number(), updatedAt: timestamp, updatedByName: z.string().nullable() }).nullable(),
  basicSituation: z.string(),
  figures: handlingFigures,
  /**
   * each stream's figures in the basic situation: the body's own, or — the government office's annual
   * report — its congress's suggestions and the CPPCC committee's proposals of the same year (seed 004)
   */
  streams: z.array(z.object({ kind: z.enum(['suggestion', 'proposal']), sessionFullName: z.string(), figures: handlingFigures })),
  statistics,
  /** a unit scope: its items and whether the analysis is required (R-STAT-3) */
  unitAnalysis: z.object({ items: z.number(), required: z.boolean(), minItems: z.number() }).nullable(),
});

/** PUT /api/reports/draft — the saved draft; `version` is the one to send with the next save. */
export const reportDraft = z.object({
  id: z.number(),
  congressId: z.number(),
  kind: z.enum(REPORT_KINDS),
  sessionId: z.number(),
  scopeKey: z.string(),
  sections: z.object({
    addressee: z.string().optional(),
    issuer: z.string().optional(),
    intro: z.string().optional(),
    measures: z.string().optional(),
    problems: z.string().optional(),
    nextSteps: z.string().optional(),
  }),
  title: z.string().nullable(),
  version: z.number(),
  updatedBy: z.number().nullable(),
  updatedAt: timestamp,
});
