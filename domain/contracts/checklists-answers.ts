import { z } from 'zod';
import { CHECKLIST_STATES, ENTRY_TYPES, REPORT_STATUSES } from '../checklists/checklists';
import { CHECKLIST_EVENT_TYPES } from '../checklists/events';
import { ENTRY_LIGHTS } from '../checklists/light';
import { ADJUSTMENT_KINDS, ASSESSMENT_STATES, INDICATOR_KEYS } from '../checklists/scoring';
import { day, timestamp } from './common';

/** Answers of the township checklists, guidance and assessment (server/routes/checklists.ts). */

export const townshipRef = z.object({ id: z.number(), name: z.string() });

/** GET /api/checklists/townships — the county's townships (the pickers). */
export const townshipsAnswer = z.object({ townships: z.array(townshipRef) });

/** Counts of report rows: what a list, a township's row and the dashboard show. */
export const reportCounts = z.object({
  total: z.number(),
  done: z.number(),
  onTime: z.number(),
  late: z.number(),
  inProgress: z.number(),
  notDone: z.number(),
  pending: z.number(),
  red: z.number(),
  yellow: z.number(),
  /** done ÷ total, in percent (two decimals); null with no rows */
  completionRate: z.number().nullable(),
});

export const checklistSummary = z.object({
  id: z.number(),
  year: z.number(),
  quarter: z.number(),
  /** 2025年第一季度 */
  quarterLabel: z.string(),
  title: z.string(),
  state: z.enum(CHECKLIST_STATES),
  stateLabel: z.string(),
  version: z.number(),
  entries: z.number(),
  townships: z.number(),
  createdAt: timestamp,
  issuedAt: timestamp.nullable(),
  copiedFrom: z.object({ id: z.number(), title: z.string() }).nullable(),
  /** the rows the viewer sees: every township's for the county, its own for a township */
  progress: reportCounts,
});

/** GET /api/checklists */
export const checklistList = z.object({
  checklists: z.array(checklistSummary),
  /** the years with checklists, and this year */
  years: z.array(z.number()),
  mayIssue: z.boolean(),
});

export const checklistEntry = z.object({
  id: z.number(),
  seq: z.number(),
  type: z.enum(ENTRY_TYPES),
  typeLabel: z.string(),
  text: z.string(),
  dueOn: day,
  evidence: z.string(),
  indicator: z.enum(INDICATOR_KEYS).nullable(),
  indicatorLabel: z.string().nullable(),
});

export const evidenceFile = z.object({
  id: z.number(),
  filename: z.string(),
  mimeType: z.string(),
  size: z.number(),
  uploadedByName: z.string().nullable(),
  createdAt: timestamp,
});

/** One township's report on one entry. */
export const reportRow = z.object({
  id: z.number(),
  checklistId: z.number(),
  checklistTitle: z.string(),
  quarterLabel: z.string(),
  entryId: z.number(),
  entrySeq: z.number(),
  entryText: z.string(),
  entryType: z.enum(ENTRY_TYPES),
  entryTypeLabel: z.string(),
  evidenceRule: z.string(),
  dueOn: day,
  township: townshipRef,
  status: z.enum(REPORT_STATUSES),
  statusLabel: z.string(),
  note: z.string().nullable(),
  reportedOn: day.nullable(),
  doneOn: day.nullable(),
  reportedByName: z.string().nullable(),
  light: z.enum(ENTRY_LIGHTS),
  lightLabel: z.string(),
  /** due − today in days (negative: overdue) */
  daysLeft: z.number(),
  /** reported after the due date (逾期报送) */
  late: z.boolean(),
  evidence: z.array(evidenceFile),
  version: z.number(),
});

/** GET /api/checklist-reports */
export const reportsAnswer = z.object({ rows: z.array(reportRow), total: z.number(), yellowDays: z.number() });

/** One entry of the history. */
export const checklistEvent = z.object({
  id: z.number(),
  type: z.enum(CHECKLIST_EVENT_TYPES),
  typeLabel: z.string(),
  at: timestamp,
  actorName: z.string(),
  actorRoleLabel: z.string(),
  township: z.string().nullable(),
  /** what happened, in plain Chinese (the status reported and the note, the reason of a score …) */
  detail: z.string().nullable(),
});

/** GET /api/checklists/:checklistId */
export const checklistDetail = z.object({
  checklist: checklistSummary.extend({ townshipList: z.array(townshipRef) }),
  entries: z.array(checklistEntry),
  reports: z.array(reportRow),
  events: z.array(checklistEvent),
  mayEdit: z.boolean(),
  mayReport: z.boolean(),
  yellowDays: z.number(),
});

/** GET /api/guidance/pairings */
export const pairingsAnswer = z.object({
  pairings: z.array(z.object({ id: z.number(), leader: townshipRef, township: townshipRef })),
  leaders: z.array(townshipRef),
  townships: z.array(townshipRef),
  mayEdit: z.boolean(),
});

export const guidanceVisit = z.object({
  id: z.number(),
  township: townshipRef,
  leaderName: z.string(),
  visitedOn: day,
  deputiesVisited: z.number(),
  votersVisited: z.number(),
  ledgersRead: z.string(),
  assessment: z.string(),
  requirements: z.string(),
  entries: z.array(z.object({ id: z.number(), text: z.string(), typeLabel: z.string(), quarterLabel: z.string() })),
  createdAt: timestamp,
});
/** GET /api/guidance/visits */
export const visitsAnswer = z.object({
  visits: z.array(guidanceVisit),
  mayRecord: z.boolean(),
  /** the townships the viewer (a leader) is paired with */
  pairedTownships: z.array(townshipRef),
});

export const exchangeMeeting = z.object({
  id: z.number(),
  year: z.number(),
  quarter: z.number(),
  quarterLabel: z.string(),
  heldOn: day,
  summary: z.string(),
  briefing: z.string(),
  experiences: z.array(z.object({ reportId: z.number(), township: townshipRef, entryText: z.string(), typeLabel: z.string(), note: z.string().nullable() })),
  createdAt: timestamp,
});
/** GET /api/exchange-meetings */
export const meetingsAnswer = z.object({ meetings: z.array(exchangeMeeting), mayRecord: z.boolean() });

const schemeItem = z.object({ name: z.string(), points: z.number(), rule: z.string() });
export const scheme = z.object({
  indicators: z.array(
    z.object({
      key: z.enum(INDICATOR_KEYS),
      label: z.string(),
      points: z.number(),
      evidenceRule: z.string(),
      /** how it is scored automatically, in words */
      sourceLabel: z.string(),
    }),
  ),
  bonusItems: z.array(schemeItem),
  deductionItems: z.array(schemeItem),
  bonusCap: z.number(),
});

export const indicatorScore = z.object({
  key: z.enum(INDICATOR_KEYS),
  auto: z.number().nullable(),
  manual: z.number().nullable(),
  reason: z.string().nullable(),
  counted: z.number(),
  /** what the automatic score rests on: 按期完成 3/4 项, 答复率 100%、满意率 90% … */
  basis: z.string(),
});
export const assessmentAdjustment = z.object({
  id: z.number(),
  kind: z.enum(ADJUSTMENT_KINDS),
  kindLabel: z.string(),
  item: z.string(),
  points: z.number(),
  reason: z.string(),
  createdByName: z.string().nullable(),
  createdAt: timestamp,
});
export const assessmentRow = z.object({
  township: townshipRef,
  indicators: z.array(indicatorScore),
  adjustments: z.array(assessmentAdjustment),
  indicatorTotal: z.number(),
  bonus: z.number(),
  deduction: z.number(),
  total: z.number(),
  rank: z.number(),
});
/** GET /api/assessments/:year — the scheme, every township's scores, the ranking (rows in rank order). */
export const assessmentAnswer = z.object({
  year: z.number(),
  state: z.enum(ASSESSMENT_STATES).nullable(),
  stateLabel: z.string(),
  version: z.number().nullable(),
  scheme: scheme.nullable(),
  /** the seed's indicators with their default points, to start a scheme from */
  defaults: scheme,
  rows: z.array(assessmentRow),
  events: z.array(checklistEvent),
  mayEdit: z.boolean(),
  finalizedAt: timestamp.nullable(),
});

/** GET /api/checklists/overview — the county dashboard. */
export const overviewAnswer = z.object({
  year: z.number(),
  years: z.array(z.number()),
  checklists: z.number(),
  total: reportCounts,
  townships: z.array(reportCounts.extend({ township: townshipRef })),
  byType: z.array(reportCounts.extend({ type: z.enum(ENTRY_TYPES), typeLabel: z.string() })),
  overdue: z.array(reportRow),
  scores: z.object({ stateLabel: z.string(), rows: z.array(z.object({ township: townshipRef, total: z.number(), rank: z.number() })) }).nullable(),
  yellowDays: z.number(),
});
