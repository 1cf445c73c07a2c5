import { and, eq } from 'drizzle-orm';
import { forbidden, invalid } from '../../../domain/errors';
import { isUnitRole, type Role } from '../../../domain/items/roles';
import type { Db } from '../../db/client';
import { auditLog, deputies, organizations, sessions, users } from '../../db/schema';
import { createUser } from '../../seed/base';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';

function congressOf(ctx: Ctx): number {
  if (ctx.actor.role !== 'admin' || !ctx.actor.congressId) throw forbidden('只有本级人大的系统管理员可以维护基础数据');
  return ctx.actor.congressId;
}

async function audit(db: Db, ctx: Ctx, action: string, detail: unknown) {
  await db.insert(auditLog).values({ userId: ctx.actor.userId, username: ctx.actor.username, action, detail: JSON.stringify(detail) });
}

/** §1: handling units, their divisions, delegations and committees of the administrator's congress. */
export async function createOrganization(ctx: Ctx, o: { kind: 'unit' | 'division' | 'delegation' | 'committee'; name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean }) {
  const congressId = congressOf(ctx);
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    if (o.kind === 'division') {
      const [unit] = o.parentId
        ? await tx.select().from(organizations).where(and(eq(organizations.id, o.parentId), eq(organizations.kind, 'unit'), eq(organizations.congressId, congressId)))
        : [];
      if (!unit) throw invalid('DIVISION_NEEDS_UNIT', '处室须属于本级的一个承办单位');
    } else if (o.parentId) {
      throw invalid('UNEXPECTED_PARENT', '只有处室需要上级单位');
    }
    const [row] = await tx
      .insert(organizations)
      .values({ congressId, kind: o.kind, name: o.name, shortName: o.shortName ?? null, parentId: o.parentId ?? null, isGovernment: o.isGovernment ?? true })
      .returning();
    await audit(tx, ctx, 'createOrganization', { id: row.id, kind: o.kind, name: o.name });
    return row;
  });
}

/** §1: a session (届次·会次) of the congress. */
export async function createSession(ctx: Ctx, o: { name: string; code: string; year: number; startDate?: string | null; endDate?: string | null }) {
  const congressId = congressOf(ctx);
  const [row] = await ctx.db.insert(sessions).values({ congressId, ...o }).returning();
  await audit(ctx.db, ctx, 'createSession', { id: row.id, name: o.name });
  return row;
}

/** §1: a deputy of the congress, in a delegation. */
export async function createDeputy(ctx: Ctx, o: { name: string; delegationId?: number | null; gender?: string | null; occupation?: string | null; phone?: string | null }) {
  const congressId = congressOf(ctx);
  if (o.delegationId) {
    const [dl] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, o.delegationId), eq(organizations.kind, 'delegation'), eq(organizations.congressId, congressId)));
    if (!dl) throw invalid('UNKNOWN_DELEGATION', '代表团不存在');
  }
  const [row] = await ctx.db.insert(deputies).values({ congressId, ...o }).returning();
  await audit(ctx.db, ctx, 'createDeputy', { id: row.id, name: o.name });
  return row;
}

/**
 * A user with a role and an organization scope: unit staff belong to a unit,
 * a deputy account to a deputy, office staff to their office.
 */
export async function createAccount(ctx: Ctx, o: { username: string; password: string; displayName: string; role: Role; organizationId?: number | null; deputyId?: number | null }) {
  const congressId = congressOf(ctx);
  if (isUnitRole(o.role)) {
    const [unit] = o.organizationId ? await ctx.db.select().from(organizations).where(and(eq(organizations.id, o.organizationId), eq(organizations.kind, 'unit'), eq(organizations.congressId, congressId))) : [];
    if (!unit) throw invalid('UNIT_REQUIRED', '承办单位人员须指定所属承办单位');
  }
  if (o.role === 'deputy') {
    const [dep] = o.deputyId ? await ctx.db.select().from(deputies).where(and(eq(deputies.id, o.deputyId), eq(deputies.congressId, congressId))) : [];
    if (!dep) throw invalid('DEPUTY_REQUIRED', '代表账号须关联一名本级代表');
  }
  const [exists] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, o.username));
  if (exists) throw invalid('USERNAME_TAKEN', '用户名已被使用');
  const row = await createUser(ctx.db, { ...o, congressId });
  await audit(ctx.db, ctx, 'createUser', { id: row.id, username: o.username, role: o.role });
  const { passwordHash: _h, ...safe } = row;
  return safe;
}

/** Disabling a user ends their sessions at once (the session lookup refuses disabled users). */
export async function setUserDisabled(ctx: Ctx, o: { userId: number; disabled: boolean }) {
  const congressId = congressOf(ctx);
  if (o.userId === ctx.actor.userId) throw invalid('SELF_DISABLE', '不能停用自己的账号');
  const [row] = await ctx.db
    .update(users)
    .set({ disabledAt: o.disabled ? nowOf(ctx) : null })
    .where(and(eq(users.id, o.userId), eq(users.congressId, congressId)))
    .returning({ id: users.id, username: users.username, disabledAt: users.disabledAt });
  if (!row) throw invalid('UNKNOWN_USER', '用户不存在');
  await audit(ctx.db, ctx, o.disabled ? 'disableUser' : 'enableUser', { id: row.id });
  return row;
}
