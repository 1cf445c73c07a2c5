/**
 * What every administration use case shares: the administrator's congress,
 * the audit-log entry written in the same transaction, and the check that a
 * user's role fits the organization (and deputy) it is given.
 */
import { and, eq } from 'drizzle-orm';
import { forbidden, invalid } from '../../../domain/errors';
import { isUnitRole, type Role } from '../../../domain/items/roles';
import type { Db } from '../../db/client';
import { auditLog, deputies, organizations } from '../../db/schema';
import type { Ctx } from '../lib/run';

/** The congress the administrator administers; anyone else is refused. */
export function adminCongressOf(ctx: Ctx): number {
  if (ctx.actor.role !== 'admin' || !ctx.actor.congressId) throw forbidden('只有本级人大的系统管理员可以维护基础数据');
  return ctx.actor.congressId;
}

/** One audit-log entry for an administration action (read by the auditor). */
export async function writeAudit(tx: Db, ctx: Ctx, action: string, detail: unknown): Promise<void> {
  await tx.insert(auditLog).values({ userId: ctx.actor.userId, username: ctx.actor.username, action, detail: JSON.stringify(detail) });
}

/** Runs `fn` in one transaction (the typed Db handle for use cases). */
export function inTransaction<T>(ctx: Ctx, fn: (tx: Db) => Promise<T>): Promise<T> {
  return ctx.db.transaction((txRaw) => fn(txRaw as unknown as Db));
}

/**
 * A user's scope must fit the role (§1): unit staff belong to a handling
 * unit, a deputy account to a deputy of the congress; any other given
 * organization must be one of the congress's.
 */
export async function checkUserScope(tx: Db, congressId: number, o: { role: Role; organizationId?: number | null; deputyId?: number | null }): Promise<void> {
  if (isUnitRole(o.role)) {
    const [unit] = o.organizationId
      ? await tx.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.id, o.organizationId), eq(organizations.kind, 'unit'), eq(organizations.congressId, congressId)))
      : [];
    if (!unit) throw invalid('UNIT_REQUIRED', '承办单位人员须指定所属承办单位');
  } else if (o.organizationId) {
    const [org] = await tx.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.id, o.organizationId), eq(organizations.congressId, congressId)));
    if (!org) throw invalid('UNKNOWN_ORGANIZATION', '所属机构不存在');
  }
  if (o.role === 'deputy') {
    const [dep] = o.deputyId ? await tx.select({ id: deputies.id }).from(deputies).where(and(eq(deputies.id, o.deputyId), eq(deputies.congressId, congressId))) : [];
    if (!dep) throw invalid('DEPUTY_REQUIRED', '代表账号须关联一名本级代表');
  }
}
