import { z } from 'zod';
import { PRESET_IDS, type PresetId } from '../deadlines/presets';
import { rulesProfileValuesSchema } from '../deadlines/rules-profile';
import { day, timestamp } from './common';

/** Answers of the reference data, rules-profile and calendar operations (server/routes/reference.ts). */

/** GET /api/sessions — one session (届次·会次) of the user's congress (its item-number counter stays on the server). */
export const session = z.object({
  id: z.number(),
  congressId: z.number(),
  name: z.string(),
  year: z.number(),
  code: z.string(),
  startDate: day.nullable(),
  endDate: day.nullable(),
});

/** An organization of the congress as stored (organizations table). */
const organizationRecord = z.object({
  id: z.number(),
  congressId: z.number(),
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.number().nullable(),
  isGovernment: z.boolean(),
  active: z.boolean(),
});

/** GET /api/units — a handling unit with its divisions (处室). */
export const unitOption = organizationRecord.extend({
  kind: z.literal('unit'),
  divisions: z.array(organizationRecord.extend({ kind: z.literal('division') })),
});

/** GET /api/delegations — a delegation (代表团). */
export const delegation = organizationRecord.extend({ kind: z.enum(['delegation', 'sector']) });

/** GET /api/categories — one node of the category tree. */
export const category = z.object({
  id: z.number(),
  congressId: z.number(),
  parentId: z.number().nullable(),
  name: z.string(),
  sort: z.number(),
});

/** GET /api/deputies — a deputy to pick (as co-signer, as an account's deputy). */
export const deputyOption = z.object({
  id: z.number(),
  name: z.string(),
  delegationId: z.number().nullable(),
  occupation: z.string().nullable(),
});

/**
 * GET /api/units/mine/people (listUnitPeople) — a person of the signed-in user's own unit
 * (its accounts in use), to pick the handler and the responsible leader of a breakdown (R-HANDLE-1).
 */
export const unitPerson = z.object({
  id: z.number(),
  name: z.string(),
  role: z.enum(['unitOffice', 'unitHandler', 'unitLeader']),
});

const presetId = z.enum(PRESET_IDS as [PresetId, ...PresetId[]]);

/** GET /api/rules-presets — a jurisdiction's preset of the rules profile. */
export const rulesPreset = z.object({
  id: presetId,
  /** the jurisdiction, e.g. 上海市 */
  name: z.string(),
  /** the regulation and articles the values come from */
  source: z.string(),
  values: rulesProfileValuesSchema,
});

/** GET /api/rules-profiles/:year — the rules in force for a year (the defaults when none is stored). */
export const rulesInForce = z.object({
  year: z.number(),
  /** false: nothing stored for the year, the defaults of domain.md apply */
  stored: z.boolean(),
  values: rulesProfileValuesSchema,
});

/** PUT /api/rules-profiles/:year — the saved profile and how many open items' deadlines were recomputed. */
export const savedRulesProfile = z.object({
  profile: z.object({
    id: z.number(),
    congressId: z.number(),
    year: z.number(),
    preset: presetId.nullable(),
    values: rulesProfileValuesSchema,
    version: z.number(),
    updatedBy: z.number().nullable(),
    updatedAt: timestamp,
  }),
  recomputed: z.number(),
});

/**
 * Where a year's holiday schedule comes from: entered by this body, entered by a body above it
 * (issue 16: inherited down the tree), built in, or none (weekends only).
 */
export const scheduleSource = z.enum(['admin', 'inherited', 'builtin']).nullable();

/** GET /api/calendar — each year's holiday schedule, the items with provisional deadlines, warnings. */
export const calendarStatus = z.object({
  years: z.array(
    z.object({
      year: z.number(),
      source: scheduleSource,
      holidays: z.array(day),
      makeupWorkdays: z.array(day),
      /** the local schedule's version (null: none entered) */
      version: z.number().nullable(),
      /** the body above whose schedule applies (source inherited) */
      inheritedFrom: z.string().nullable(),
    }),
  ),
  /** items with a deadline computed without the official schedule of its year */
  provisionalItems: z.number(),
  warnings: z.array(z.string()),
});

/** PUT /api/calendar/:year — the saved schedule's version and how many open items' deadlines were recomputed. */
export const savedCalendarYear = z.object({ year: z.number(), version: z.number(), recomputed: z.number() });
