/** The administrator's and the auditor's operations (server/routes/admin.ts, the rules and calendar routes). */
import type { z } from 'zod';
import type { createOrganizationBody, listUsersQuery, userScopeBody } from '../../../domain/contracts/admin';
import type * as a from '../../../domain/contracts/admin-answers';
import type { Answer } from '../../../domain/contracts/common';
import type * as ref from '../../../domain/contracts/reference-answers';
import type { RulesProfileValues } from '../../../domain/deadlines/rules-profile';
import type { PresetId } from '../../../domain/deadlines/presets';
import { request } from './client';

export type { OrgKind } from '../../../domain/contracts/admin-answers';
export type CreatableOrgKind = z.output<typeof createOrganizationBody>['kind'];

/** An organization of the tree, with its user and deputy counts. */
export type Organization = Answer<typeof a.organizationRow>;
/** An organization as created or changed (no counts). */
export type OrganizationRecord = Answer<typeof a.organizationRecord>;
export type UserRow = Answer<typeof a.userRow>;
export type UserPage = Answer<typeof a.userPage>;
export type UserRecord = Answer<typeof a.userRecord>;
export type UpdatedUser = Answer<typeof a.updatedUser>;
export type AuditEntry = Answer<typeof a.auditEntry>;

/** The user list's filters (the request schema's fields, each optional). */
export type UserFilter = Partial<z.output<typeof listUsersQuery>>;

/** A user's name, role and scope, as the admin's form sends them (the request schema's output). */
export type UserInput = z.output<typeof userScopeBody>;

/* The rules and calendar answers: the server's own schemas (domain/contracts/reference-answers.ts). */
export type RulesPreset = Answer<typeof ref.rulesPreset>;
export type SavedRulesProfile = Answer<typeof ref.savedRulesProfile>;

export type RulesProfileRecord = Answer<typeof a.rulesProfileRecord>;

export type ScheduleSource = Answer<typeof ref.scheduleSource>;
export type CalendarStatus = Answer<typeof ref.calendarStatus>;
export type SavedCalendarYear = Answer<typeof ref.savedCalendarYear>;

export type CalendarYear = Answer<typeof a.calendarYear>;

export const adminApi = {
  listUsers: (f: UserFilter, signal?: AbortSignal) => request<UserPage>('GET', '/api/admin/users', { query: { ...f }, signal }),
  createUser: (body: UserInput & { username: string; password: string }) => request<UserRecord>('POST', '/api/admin/users', { body }),
  updateUser: (id: number, body: UserInput) => request<UpdatedUser>('PUT', `/api/admin/users/${id}`, { body }),
  resetPassword: (id: number, password: string) =>
    request<Answer<typeof a.passwordResetAnswer>>('PUT', `/api/admin/users/${id}/password`, { body: { password } }),
  setDisabled: (id: number, disabled: boolean) =>
    request<Answer<typeof a.userDisabledAnswer>>('PUT', `/api/admin/users/${id}/disabled`, { body: { disabled } }),

  listOrganizations: (signal?: AbortSignal) => request<Organization[]>('GET', '/api/admin/organizations', { signal }),
  createOrganization: (body: { kind: CreatableOrgKind; name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean }) =>
    request<OrganizationRecord>('POST', '/api/admin/organizations', { body }),
  updateOrganization: (id: number, body: { name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean }) =>
    request<OrganizationRecord>('PUT', `/api/admin/organizations/${id}`, { body }),

  listPresets: (signal?: AbortSignal) => request<RulesPreset[]>('GET', '/api/rules-presets', { signal }),
  getRulesProfile: (year: number, signal?: AbortSignal) => request<RulesProfileRecord>('GET', `/api/admin/rules-profiles/${year}`, { signal }),
  saveRulesProfile: (year: number, body: { preset?: PresetId | null; values: RulesProfileValues; version?: number }) =>
    request<SavedRulesProfile>('PUT', `/api/rules-profiles/${year}`, { body }),

  calendarStatus: (from: number, to: number, signal?: AbortSignal) => request<CalendarStatus>('GET', '/api/calendar', { query: { from, to }, signal }),
  getCalendarYear: (year: number, signal?: AbortSignal) => request<CalendarYear>('GET', `/api/admin/calendar/${year}`, { signal }),
  saveCalendarYear: (year: number, body: { holidays: string[]; makeupWorkdays: string[]; note?: string; version?: number }) =>
    request<SavedCalendarYear>('PUT', `/api/calendar/${year}`, { body }),
  deleteCalendarYear: (year: number, version?: number) =>
    request<{ year: number; recomputed: number }>('DELETE', `/api/admin/calendar/${year}`, { query: { version } }),

  auditLog: (q: { before?: number; limit?: number; username?: string; action?: string }, signal?: AbortSignal) =>
    request<Answer<typeof a.auditLogPage>>('GET', '/api/audit-log', { query: q, signal }),
};
