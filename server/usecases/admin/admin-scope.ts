/**
 * What every administration use case shares: the audit-log entry written in
 * the same transaction, and the check that a user's role fits the
 * organization (and deputy) it is given. The administrator's congress is
 * auth/admin-congress.ts.
 */
import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { isUnitRole, partOf, roleFitsBody, type Role } from '../../../domain/items/roles';
import type { Db } from '../../db/client';
import { auditLog, congresses, deputies, organizations } from '../../db/schema';
import type { Ctx } from '../lib/run';

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
 * unit, a delegation's contact person to a delegation, a deputy account to a
 * deputy of the congress; any other given organization must be one of the
 * congress's.
 */
export async function checkUserScope(tx: Db, congressId: number, o: { role: Role; organizationId?: number | null; deputyId?: number | null }): Promise<void> {
  // A CPPCC committee's accounts are its members and its proposal committee's; a congress's, its deputies and offices (§8).
  const [body] = await tx.select({ body: congresses.body }).from(congresses).where(eq(congresses.id, congressId));
  if (body && !roleFitsBody(o.role, body.body as 'congress' | 'cppcc'))
    throw domainError('ROLE_NOT_OF_BODY', { variant: body.body === 'cppcc' ? 'cppcc' : 'congress' });
  if (isUnitRole(o.role)) {
    const [unit] = o.organizationId
      ? await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(and(eq(organizations.id, o.organizationId), eq(organizations.kind, 'unit'), eq(organizations.congressId, congressId)))
      : [];
    if (!unit) throw domainError('UNIT_REQUIRED');
  } else if (o.role === 'delegationContact') {
    const [delegation] = o.organizationId
      ? await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(and(eq(organizations.id, o.organizationId), eq(organizations.kind, 'delegation'), eq(organizations.congressId, congressId)))
      : [];
    if (!delegation) throw domainError('DELEGATION_REQUIRED');
  } else if (o.organizationId) {
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, o.organizationId), eq(organizations.congressId, congressId)));
    if (!org) throw domainError('UNKNOWN_ORGANIZATION', { variant: 'ofUser' });
  }
  if (partOf(o.role) === 'deputy') {
    const [dep] = o.deputyId
      ? await tx
          .select({ id: deputies.id })
          .from(deputies)
          .where(and(eq(deputies.id, o.deputyId), eq(deputies.congressId, congressId)))
      : [];
    if (!dep) throw domainError('DEPUTY_REQUIRED', { variant: 'account' });
  }
}
