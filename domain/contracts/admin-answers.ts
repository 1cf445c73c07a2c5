import { z } from 'zod';
import { RULES_PRESETS, type PresetId } from '../deadlines/presets';
import { rulesProfileValuesSchema } from '../deadlines/rules-profile';
import { ROLES } from '../items/roles';
import { day, timestamp } from './common';
import { scheduleSource } from './reference-answers';

/** Answers of directory administration and the audit log (server/routes/admin.ts). */

/** Every kind of organization a congress has (the organizations table's check constraint). */
export const ORG_KINDS = [
  'liaisonOffice',
  'governmentOffice',
  'unit',
  'division',
  'delegation',
  'committee',
  'cppccCommittee',
  'sector',
  'participatingOrganization',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
const orgKind = z.enum(ORG_KINDS);

/** An organization as stored: what creating or changing one answers with. */
export const organizationRecord = z.object({
  id: z.number(),
  congressId: z.number(),
  kind: orgKind,
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.number().nullable(),
  isGovernment: z.boolean(),
  active: z.boolean(),
});

/** One organization of the tree, with how many users and deputies (of a delegation) belong to it. */
export const organizationRow = organizationRecord.omit({ congressId: true }).extend({
  userCount: z.number(),
  deputyCount: z.number(),
});
/** GET /api/admin/organizations — every organization of the administrator's congress, flat with parentId. */
export const organizationList = z.array(organizationRow);

/** A session (届次·会次) as created; its item-number counter stays on the server. */
export const sessionRecord = z.object({
  id: z.number(),
  congressId: z.number(),
  name: z.string(),
  code: z.string(),
  year: z.number(),
  startDate: day.nullable(),
  endDate: day.nullable(),
});

/** A deputy as created. */
export const deputyRecord = z.object({
  id: z.number(),
  congressId: z.number(),
  delegationId: z.number().nullable(),
  name: z.string(),
  gender: z.string().nullable(),
  occupation: z.string().nullable(),
  phone: z.string().nullable(),
  /** a CPPCC member's party (党派) */
  party: z.string().nullable(),
  active: z.boolean(),
});

/** A user account as the administrator sees it (never its password hash or failed-login counter). */
export const userRecord = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  organizationId: z.number().nullable(),
  deputyId: z.number().nullable(),
  disabledAt: timestamp.nullable(),
  lockedUntil: timestamp.nullable(),
  createdAt: timestamp,
});

/** One row of the user list: the account with its organization's and deputy's names. */
export const userRow = userRecord.extend({
  organizationName: z.string().nullable(),
  deputyName: z.string().nullable(),
});

/** GET /api/admin/users — one page of the filtered user list. */
export const userPage = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  rows: z.array(userRow),
});

/** GET /api/admin/memberships — a user of another body who also works in this one (issue 16), with their role here. */
export const membershipRow = z.object({
  id: z.number(),
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  /** the body the user's own account belongs to */
  homeCongressName: z.string().nullable(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  organizationName: z.string().nullable(),
  deputyName: z.string().nullable(),
  createdAt: timestamp,
});

/** A user's new name, role and scope; `sessionsEnded` when the change signed them out. */
export const updatedUser = userRecord.pick({ id: true, username: true, displayName: true, role: true, organizationId: true, deputyId: true }).extend({
  sessionsEnded: z.boolean(),
});

/** The user whose password was reset. */
export const passwordResetAnswer = z.object({ id: z.number(), username: z.string() });

/** The user disabled (disabledAt set) or enabled again (null). */
export const userDisabledAnswer = z.object({ id: z.number(), username: z.string(), disabledAt: timestamp.nullable() });

const presetId = z.enum(Object.keys(RULES_PRESETS) as [PresetId, ...PresetId[]]);

/** GET /api/admin/rules-profiles/:year — the stored profile of a year (or the defaults, `stored: false`) with its preset and version. */
export const rulesProfileRecord = z.object({
  year: z.number(),
  stored: z.boolean(),
  preset: presetId.nullable(),
  /** sent back when saving (null: nothing stored yet) */
  version: z.number().nullable(),
  values: rulesProfileValuesSchema,
  updatedAt: timestamp.nullable(),
  /** display name of who saved it last */
  updatedBy: z.string().nullable(),
});

/** GET /api/admin/calendar/:year — the official schedule of a year beside the administrator's own. */
export const calendarYear = z.object({
  year: z.number(),
  source: scheduleSource,
  official: z
    .object({
      holidays: z.array(day),
      makeupWorkdays: z.array(day),
      /** the official days' names (春节, 国庆节 …) by date */
      names: z.record(z.string(), z.string()),
    })
    .nullable(),
  /** the schedule a body above entered for the year, which applies here unless this body enters its own */
  inherited: z.object({ holidays: z.array(day), makeupWorkdays: z.array(day), congressName: z.string() }).nullable(),
  override: z
    .object({
      holidays: z.array(day),
      makeupWorkdays: z.array(day),
      note: z.string().nullable(),
      version: z.number(),
      updatedAt: timestamp,
      updatedBy: z.string().nullable(),
    })
    .nullable(),
});

/** DELETE /api/admin/calendar/:year — the schedule now in force and how many items' deadlines were recomputed. */
export const calendarYearDeleted = z.object({ year: z.number(), source: scheduleSource, recomputed: z.number() });

/** One entry of the security audit log. */
export const auditEntry = z.object({
  id: z.number(),
  at: timestamp,
  userId: z.number().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  /** JSON text of what was done (never a password) */
  detail: z.string().nullable(),
  ip: z.string().nullable(),
});
/** GET /api/audit-log — newest first; page on with `before` = the last id. */
export const auditLogPage = z.array(auditEntry);
