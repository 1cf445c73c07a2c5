import { z } from 'zod';
import { ROLES } from '../items/roles';
import { id, optionalText, text } from './common';

/** Request bodies of directory administration (server routes and the workbench's forms). */
export const usernameField = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9_.-]{3,40}$/, '用户名为 3–40 位字母、数字或 _.-');
export const passwordField = z.string().min(10, '密码至少 10 位').max(200, '密码不能超过 200 位');

export const userScopeBody = z.object({
  displayName: text(50, '姓名'),
  role: z.enum(ROLES, '请选择角色'),
  organizationId: id.nullish(),
  deputyId: id.nullish(),
});
export const createUserBody = userScopeBody.extend({ username: usernameField, password: passwordField });
/**
 * POST /api/admin/memberships — a user of another body also works in the administrator's (issue 16: a county deputy
 * who is a city deputy too): the user by username, the role and scope here. Administrators and auditors are never
 * given a second place (their duties stay apart).
 */
export const MEMBERSHIP_ROLES = ROLES.filter((r) => r !== 'admin' && r !== 'auditor');
export const addMembershipBody = z.object({
  username: usernameField,
  role: z.enum(
    MEMBERSHIP_ROLES as [Exclude<(typeof ROLES)[number], 'admin' | 'auditor'>, ...Exclude<(typeof ROLES)[number], 'admin' | 'auditor'>[]],
    '请选择本级的角色',
  ),
  organizationId: id.nullish(),
  deputyId: id.nullish(),
});
export const membershipParams = z.object({ membershipId: id });
/** GET /api/admin/users: by name, role, organization and status, a page at a time. */
export const listUsersQuery = z.object({
  q: z.string().trim().max(50).optional(),
  role: z.enum(ROLES).optional(),
  organizationId: id.optional(),
  status: z.enum(['active', 'disabled']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const resetPasswordBody = z.object({ password: passwordField });

export const createOrganizationBody = z.object({
  /** A congress's units, divisions, delegations, committees; a CPPCC committee's sectors, participating organizations, committees. */
  kind: z.enum(['unit', 'division', 'delegation', 'committee', 'sector', 'participatingOrganization'], '请选择机构类别'),
  name: text(100, '名称'),
  shortName: optionalText(50),
  parentId: id.nullish(),
  isGovernment: z.boolean().optional(),
});
export const updateOrganizationBody = z.object({
  name: text(100, '名称'),
  shortName: optionalText(50),
  parentId: id.nullish(),
  isGovernment: z.boolean().optional(),
});
