/** The administrator's and the auditor's operations (server/routes/admin.ts, the rules and calendar routes). */
import type { Role } from '../../../domain/items/roles';
import type { RulesProfileValues } from '../../../domain/deadlines/rules-profile';
import type { PresetId } from '../../../domain/deadlines/presets';
import { request } from './client';

export type OrgKind = 'liaisonOffice' | 'governmentOffice' | 'unit' | 'division' | 'delegation' | 'committee' | 'cppccCommittee';
export type CreatableOrgKind = 'unit' | 'division' | 'delegation' | 'committee';

export interface Organization {
  id: number;
  kind: OrgKind;
  name: string;
  shortName: string | null;
  parentId: number | null;
  isGovernment: boolean;
  active: boolean;
  userCount: number;
  deputyCount: number;
}

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  organizationId: number | null;
  organizationName: string | null;
  deputyId: number | null;
  deputyName: string | null;
  disabledAt: string | null;
  lockedUntil: string | null;
  createdAt: string;
}

export interface UserFilter {
  q?: string;
  role?: Role;
  organizationId?: number;
  status?: 'active' | 'disabled';
  page?: number;
  pageSize?: number;
}

export interface UserInput {
  displayName: string;
  role: Role;
  organizationId?: number | null;
  deputyId?: number | null;
}

export interface RulesPreset {
  id: PresetId;
  name: string;
  source: string;
  values: RulesProfileValues;
}

export interface RulesProfileRecord {
  year: number;
  stored: boolean;
  preset: PresetId | null;
  version: number | null;
  values: RulesProfileValues;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type ScheduleSource = 'admin' | 'builtin' | null;

export interface CalendarStatus {
  years: { year: number; source: ScheduleSource; holidays: string[]; makeupWorkdays: string[]; version: number | null }[];
  provisionalItems: number;
  warnings: string[];
}

export interface CalendarYear {
  year: number;
  source: ScheduleSource;
  official: { holidays: string[]; makeupWorkdays: string[]; names: Record<string, string> } | null;
  override: { holidays: string[]; makeupWorkdays: string[]; note: string | null; version: number; updatedAt: string; updatedBy: string | null } | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  detail: string | null;
  ip: string | null;
}

export const adminApi = {
  listUsers: (f: UserFilter, signal?: AbortSignal) =>
    request<{ total: number; page: number; pageSize: number; rows: UserRow[] }>('GET', '/api/admin/users', { query: { ...f }, signal }),
  createUser: (body: UserInput & { username: string; password: string }) => request<UserRow>('POST', '/api/admin/users', { body }),
  updateUser: (id: number, body: UserInput) => request<UserRow & { sessionsEnded: boolean }>('PUT', `/api/admin/users/${id}`, { body }),
  resetPassword: (id: number, password: string) => request<{ id: number }>('PUT', `/api/admin/users/${id}/password`, { body: { password } }),
  setDisabled: (id: number, disabled: boolean) => request<{ id: number }>('PUT', `/api/admin/users/${id}/disabled`, { body: { disabled } }),

  listOrganizations: (signal?: AbortSignal) => request<Organization[]>('GET', '/api/admin/organizations', { signal }),
  createOrganization: (body: { kind: CreatableOrgKind; name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean }) =>
    request<Organization>('POST', '/api/admin/organizations', { body }),
  updateOrganization: (id: number, body: { name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean }) =>
    request<Organization>('PUT', `/api/admin/organizations/${id}`, { body }),

  listPresets: (signal?: AbortSignal) => request<RulesPreset[]>('GET', '/api/rules-presets', { signal }),
  getRulesProfile: (year: number, signal?: AbortSignal) => request<RulesProfileRecord>('GET', `/api/admin/rules-profiles/${year}`, { signal }),
  saveRulesProfile: (year: number, body: { preset?: PresetId | null; values: RulesProfileValues; version?: number }) =>
    request<{ recomputed: number; profile: { version: number } }>('PUT', `/api/rules-profiles/${year}`, { body }),

  calendarStatus: (from: number, to: number, signal?: AbortSignal) => request<CalendarStatus>('GET', '/api/calendar', { query: { from, to }, signal }),
  getCalendarYear: (year: number, signal?: AbortSignal) => request<CalendarYear>('GET', `/api/admin/calendar/${year}`, { signal }),
  saveCalendarYear: (year: number, body: { holidays: string[]; makeupWorkdays: string[]; note?: string; version?: number }) =>
    request<{ year: number; version: number; recomputed: number }>('PUT', `/api/calendar/${year}`, { body }),
  deleteCalendarYear: (year: number, version?: number) =>
    request<{ year: number; recomputed: number }>('DELETE', `/api/admin/calendar/${year}`, { query: { version } }),

  auditLog: (q: { before?: number; limit?: number; username?: string; action?: string }, signal?: AbortSignal) =>
    request<AuditEntry[]>('GET', '/api/audit-log', { query: q, signal }),
};
