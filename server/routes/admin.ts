import type { FastifyInstance } from 'fastify';
import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import { id, isoDate, optionalText, text } from '../../domain/contracts/common';
import { ROLES } from '../../domain/items/roles';
import { forbidden } from '../../domain/errors';
import { auditLog, users } from '../db/schema';
import { createAccount, createDeputy, createOrganization, createSession, setUserDisabled } from '../usecases/admin/manage-directory';
import { operation, type RouteEnv } from './define';

const tags = ['系统管理'];

/** Directory administration (admin) and the audit log (auditor only). */
export function adminRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = <B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType>(def: Parameters<typeof operation<B, P, Q>>[2]) => operation(app, env, def);
  on({ method: 'POST', url: '/api/admin/organizations', operationId: 'createOrganization', summary: '新增承办单位、处室、代表团或专门委员会', tags, policy: ['admin'], status: 201,
    body: z.object({ kind: z.enum(['unit', 'division', 'delegation', 'committee']), name: text(100, '名称'), shortName: optionalText(50), parentId: id.nullish(), isGovernment: z.boolean().optional() }),
    handler: ({ ctx, body }) => createOrganization(ctx, body) });
  on({ method: 'POST', url: '/api/admin/sessions', operationId: 'createSession', summary: '新增届次会议', tags, policy: ['admin'], status: 201,
    body: z.object({ name: text(50, '名称'), code: text(20, '代码'), year: z.number().int().min(2000).max(2100), startDate: isoDate.nullish(), endDate: isoDate.nullish() }),
    handler: ({ ctx, body }) => createSession(ctx, body) });
  on({ method: 'POST', url: '/api/admin/deputies', operationId: 'createDeputy', summary: '新增代表', tags, policy: ['admin'], status: 201,
    body: z.object({ name: text(50, '姓名'), delegationId: id.nullish(), gender: z.enum(['男', '女']).nullish(), occupation: optionalText(200), phone: optionalText(30) }),
    handler: ({ ctx, body }) => createDeputy(ctx, body) });
  on({ method: 'GET', url: '/api/admin/users', operationId: 'listUsers', summary: '用户列表', tags, policy: ['admin'],
    handler: ({ ctx }) =>
      ctx.db
        .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, organizationId: users.organizationId, deputyId: users.deputyId, disabledAt: users.disabledAt, lockedUntil: users.lockedUntil })
        .from(users)
        .where(eq(users.congressId, ctx.actor.congressId ?? -1))
        .orderBy(users.id) });
  on({ method: 'POST', url: '/api/admin/users', operationId: 'createUser', summary: '新增用户（角色与所属单位）', tags, policy: ['admin'], status: 201,
    body: z.object({
      username: z.string().trim().regex(/^[a-zA-Z0-9_.-]{3,40}$/, '用户名为 3–40 位字母、数字或 _.-'),
      password: z.string().min(10, '密码至少 10 位').max(200),
      displayName: text(50, '姓名'),
      role: z.enum(ROLES),
      organizationId: id.nullish(),
      deputyId: id.nullish(),
    }),
    handler: ({ ctx, body }) => createAccount(ctx, body) });
  on({ method: 'PUT', url: '/api/admin/users/:userId/disabled', operationId: 'setUserDisabled', summary: '停用或启用用户', tags, policy: ['admin'],
    params: z.object({ userId: id }), body: z.object({ disabled: z.boolean() }),
    handler: ({ ctx, params, body }) => setUserDisabled(ctx, { userId: params.userId, disabled: body.disabled }) });
  on({ method: 'GET', url: '/api/audit-log', operationId: 'listAuditLog', summary: '安全审计日志（仅安全审计员）', tags: ['审计'], policy: ['auditor'],
    querystring: z.object({ before: id.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
    handler: async ({ ctx, query }) => {
      if (!ctx.actor.congressId) throw forbidden();
      // An auditor reads the log of their own congress's users.
      const ofCongress = inArray(auditLog.userId, ctx.db.select({ id: users.id }).from(users).where(eq(users.congressId, ctx.actor.congressId)));
      return ctx.db
        .select()
        .from(auditLog)
        .where(and(ofCongress, query.before ? lt(auditLog.id, query.before) : undefined))
        .orderBy(desc(auditLog.id))
        .limit(query.limit);
    } });
}
