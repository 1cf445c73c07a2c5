import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createOrganizationBody, createUserBody, listUsersQuery, resetPasswordBody, updateOrganizationBody, userScopeBody } from '../../domain/contracts/admin';
import * as a from '../../domain/contracts/admin-answers';
import { id, isoDate, optionalText, text } from '../../domain/contracts/common';
import { getCalendarYear } from '../queries/admin/calendar-year';
import { listOrganizations } from '../queries/admin/list-organizations';
import { listUsers } from '../queries/admin/list-users';
import { readAuditLog } from '../queries/admin/read-audit-log';
import { getRulesProfileRecord } from '../rules/rules-profile';
import { createAccount } from '../usecases/admin/create-account';
import { createDeputy } from '../usecases/admin/create-deputy';
import { createOrganization } from '../usecases/admin/create-organization';
import { createSession } from '../usecases/admin/create-session';
import { deleteCalendarYear } from '../usecases/admin/delete-calendar-year';
import { resetUserPassword } from '../usecases/admin/reset-user-password';
import { setUserDisabled } from '../usecases/admin/set-user-disabled';
import { updateOrganization } from '../usecases/admin/update-organization';
import { updateUser } from '../usecases/admin/update-user';
import { PARTIES } from '../../domain/proposals/wording';
import { operations, type RouteEnv } from './define';

const tags = ['系统管理'];
const year = z.coerce.number().int().min(2004).max(2100);

/** Directory administration (admin) and the audit log (auditor only). */
export function adminRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/admin/organizations',
    operationId: 'listOrganizations',
    response: a.organizationList,
    summary: '本级全部机构（组织机构树）',
    tags,
    policy: ['admin'],
    handler: ({ ctx }) => listOrganizations(ctx.db, ctx.actor),
  });
  on({
    method: 'POST',
    url: '/api/admin/organizations',
    operationId: 'createOrganization',
    response: a.organizationRecord,
    summary: '新增承办单位、处室、代表团或专门委员会',
    tags,
    policy: ['admin'],
    status: 201,
    body: createOrganizationBody,
    handler: ({ ctx, body }) => createOrganization(ctx, body),
  });
  on({
    method: 'PUT',
    url: '/api/admin/organizations/:organizationId',
    operationId: 'updateOrganization',
    response: a.organizationRecord,
    summary: '修改机构名称、调整处室所属单位',
    tags,
    policy: ['admin'],
    params: z.object({ organizationId: id }),
    body: updateOrganizationBody,
    handler: ({ ctx, params, body }) => updateOrganization(ctx, { organizationId: params.organizationId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/admin/sessions',
    operationId: 'createSession',
    response: a.sessionRecord,
    summary: '新增届次会议',
    tags,
    policy: ['admin'],
    status: 201,
    body: z.object({
      name: text(50, '名称'),
      code: text(20, '代码'),
      year: z.number().int().min(2000).max(2100),
      startDate: isoDate.nullish(),
      endDate: isoDate.nullish(),
    }),
    handler: ({ ctx, body }) => createSession(ctx, body),
  });
  on({
    method: 'POST',
    url: '/api/admin/deputies',
    operationId: 'createDeputy',
    response: a.deputyRecord,
    summary: '新增代表（政协：委员）',
    tags,
    policy: ['admin'],
    status: 201,
    body: z.object({
      name: text(50, '姓名'),
      /** a deputy's delegation; a CPPCC member's sector (界别) */
      delegationId: id.nullish(),
      gender: z.enum(['男', '女']).nullish(),
      occupation: optionalText(200),
      phone: optionalText(30),
      /** a CPPCC member's party (党派) */
      party: z.enum(PARTIES).nullish(),
    }),
    handler: ({ ctx, body }) => createDeputy(ctx, body),
  });
  on({
    method: 'GET',
    url: '/api/admin/users',
    operationId: 'listUsers',
    response: a.userPage,
    summary: '用户列表（按姓名、角色、机构、状态筛选，分页）',
    tags,
    policy: ['admin'],
    querystring: listUsersQuery,
    handler: ({ ctx, query }) => listUsers(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/admin/users',
    operationId: 'createUser',
    response: a.userRecord,
    summary: '新增用户（角色与所属单位）',
    tags,
    policy: ['admin'],
    status: 201,
    body: createUserBody,
    handler: ({ ctx, body }) => createAccount(ctx, body),
  });
  on({
    method: 'PUT',
    url: '/api/admin/users/:userId',
    operationId: 'updateUser',
    response: a.updatedUser,
    summary: '修改用户姓名、角色与所属单位',
    tags,
    policy: ['admin'],
    params: z.object({ userId: id }),
    body: userScopeBody,
    handler: ({ ctx, params, body }) => updateUser(ctx, { userId: params.userId, ...body }),
  });
  on({
    method: 'PUT',
    url: '/api/admin/users/:userId/password',
    operationId: 'resetUserPassword',
    response: a.passwordResetAnswer,
    summary: '重置用户密码（解除锁定并结束其登录会话）',
    tags,
    policy: ['admin'],
    params: z.object({ userId: id }),
    body: resetPasswordBody,
    handler: ({ ctx, params, body }) => resetUserPassword(ctx, { userId: params.userId, password: body.password }),
  });
  on({
    method: 'PUT',
    url: '/api/admin/users/:userId/disabled',
    operationId: 'setUserDisabled',
    response: a.userDisabledAnswer,
    summary: '停用或启用用户',
    tags,
    policy: ['admin'],
    params: z.object({ userId: id }),
    body: z.object({ disabled: z.boolean() }),
    handler: ({ ctx, params, body }) => setUserDisabled(ctx, { userId: params.userId, disabled: body.disabled }),
  });
  on({
    method: 'GET',
    url: '/api/admin/rules-profiles/:year',
    operationId: 'getRulesProfileRecord',
    response: a.rulesProfileRecord,
    summary: '某年规则配置的存储记录（预设、版本、修改人）',
    tags,
    policy: ['admin'],
    params: z.object({ year }),
    handler: ({ ctx, params }) => getRulesProfileRecord(ctx.db, ctx.actor, params.year),
  });
  on({
    method: 'GET',
    url: '/api/admin/calendar/:year',
    operationId: 'getCalendarYear',
    response: a.calendarYear,
    summary: '某年的官方节假日安排与本地录入的安排',
    tags,
    policy: ['admin'],
    params: z.object({ year }),
    handler: ({ ctx, params }) => getCalendarYear(ctx.db, ctx.actor, params.year),
  });
  on({
    method: 'DELETE',
    url: '/api/admin/calendar/:year',
    operationId: 'deleteCalendarYear',
    response: a.calendarYearDeleted,
    summary: '删除某年本地录入的节假日安排（恢复官方安排），并重算期限',
    tags,
    policy: ['admin'],
    params: z.object({ year }),
    querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
    handler: ({ ctx, params, query }) => deleteCalendarYear(ctx, { year: params.year, version: query.version }),
  });
  on({
    method: 'GET',
    url: '/api/audit-log',
    operationId: 'listAuditLog',
    response: a.auditLogPage,
    summary: '安全审计日志（仅安全审计员）',
    tags: ['审计'],
    policy: ['auditor'],
    querystring: z.object({
      before: id.optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      username: z.string().trim().max(40).optional(),
      action: z.string().trim().max(40).optional(),
    }),
    handler: ({ ctx, query }) => readAuditLog(ctx.db, ctx.actor, query),
  });
}
