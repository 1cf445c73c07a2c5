import { z } from 'zod';
import { DUTY_KINDS } from '../duty/duty';
import { WORK_ORDER_STATES } from '../hotline/orders';
import { countsBy, day, timestamp } from './common';

/** Answers of deputies' duty records and points (server/routes/duty.ts, R-DUTY-1, R-LINE-4). */

const dutyKind = z.enum(DUTY_KINDS);

export const dutyDeputyRef = z.object({
  id: z.number(),
  name: z.string(),
  delegationId: z.number().nullable(),
  delegationName: z.string().nullable(),
});

/** One line of a rulebook as the pages show it. */
export const dutyRuleLine = z.object({
  kind: dutyKind,
  label: z.string(),
  points: z.number(),
  /** the most points a year (null: no cap) */
  cap: z.number().nullable(),
  /** counted by the system (suggestions, hotline problems) rather than entered */
  counted: z.boolean(),
});

/** GET /api/duty/point-rules?year= — the congress's rulebook of the year (or the default one). */
export const dutyRulesAnswer = z.object({
  year: z.number(),
  rules: z.array(dutyRuleLine),
  /** null while the year has no rulebook of its own (the default applies) */
  version: z.number().nullable(),
  isDefault: z.boolean(),
  updatedAt: timestamp.nullable(),
  mayEdit: z.boolean(),
});

/** A deputy's figures of a year: records per duty, points, the targets short, the flag. */
const standing = {
  counts: countsBy(DUTY_KINDS),
  pointsByKind: countsBy(DUTY_KINDS),
  points: z.number(),
  short: z.array(dutyKind),
  shortLabels: z.array(z.string()),
  /** seed 002: nothing reported through the hotline this year — not recommended as excellent deputy or for re-election */
  notRecommendable: z.boolean(),
};

export const dutyDeputyRow = z.object({
  deputy: dutyDeputyRef,
  ...standing,
  /** by points, most first (1, 1, 3 on ties) among the deputies the viewer sees */
  rank: z.number(),
});

/** GET /api/duty/deputies — the deputies the viewer sees, filtered, ranked by points. */
export const dutyListAnswer = z.object({
  year: z.number(),
  years: z.array(z.number()),
  rows: z.array(dutyDeputyRow),
  /** every deputy the viewer sees (before the filters): the entry form's choices */
  deputies: z.array(dutyDeputyRef),
  /** the filters' choices: the delegations the viewer sees */
  delegations: z.array(z.object({ id: z.number(), name: z.string() })),
  /** before the filters: all the viewer's deputies, those short of any target, those not recommendable */
  totals: z.object({ deputies: z.number(), short: z.number(), notRecommendable: z.number() }),
  mayEnter: z.boolean(),
});

export const dutyEvidenceInfo = z.object({
  index: z.number(),
  filename: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
});

/** A record entered with evidence. */
export const dutyRecord = z.object({
  id: z.number(),
  kind: dutyKind,
  kindLabel: z.string(),
  on: day,
  title: z.string(),
  note: z.string().nullable(),
  evidence: z.array(dutyEvidenceInfo),
  enteredByName: z.string().nullable(),
  enteredByOrgName: z.string().nullable(),
  createdAt: timestamp,
  version: z.number(),
});

/** A suggestion the deputy submitted in the year, as lead or confirmed co-signer (counted). */
export const dutySuggestion = z.object({
  itemId: z.number(),
  number: z.string(),
  title: z.string(),
  submittedAt: timestamp,
  roleLabel: z.string(),
  stateLabel: z.string(),
});

/** A problem the deputy reported through the hotline channel in the year (counted, R-LINE-4). */
export const dutyHotlineOrder = z.object({
  id: z.number(),
  number: z.string(),
  category: z.string(),
  content: z.string(),
  calledAt: timestamp,
  state: z.enum(WORK_ORDER_STATES),
  stateLabel: z.string(),
});

/** A record deleted, or replaced by an edit: the trail the records leave (never overwritten). */
export const dutyTrailEntry = z.object({
  id: z.number(),
  kindLabel: z.string(),
  on: day,
  title: z.string(),
  enteredByName: z.string().nullable(),
  createdAt: timestamp,
  deletedAt: timestamp,
  /** 修改 (replaced by an edit) or 删除 */
  endLabel: z.string(),
});

export const dutyTarget = z.object({
  kind: dutyKind,
  label: z.string(),
  count: z.number(),
  met: z.boolean(),
  counted: z.boolean(),
  points: z.number(),
});

/** GET /api/duty/me, /api/duty/deputies/:deputyId — a deputy's duty page of a year. */
export const dutyDeputyAnswer = z.object({
  deputy: dutyDeputyRef,
  year: z.number(),
  years: z.array(z.number()),
  targets: z.array(dutyTarget),
  ...standing,
  rules: z.array(dutyRuleLine),
  records: z.array(dutyRecord),
  suggestions: z.array(dutySuggestion),
  hotlineOrders: z.array(dutyHotlineOrder),
  trail: z.array(dutyTrailEntry),
  mayEnter: z.boolean(),
});

/** PUT /api/duty/records/:recordId — the record that replaced the one edited. */
export const dutyRecordRef = z.object({ id: z.number(), version: z.number() });
