import { and, eq, ne } from 'drizzle-orm';
import { invalid } from '../../../domain/errors';
import type { Role } from '../../../domain/items/roles';
import type { Db } from '../../db/client';
import { deputies, organizations, sessions, users } from '../../db/schema';
import { createUser } from '../../seed/base';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';
import { adminCongressOf, checkUserScope, inTransaction, writeAudit } from './admin-scope';

export type CreatableOrgKind = 'unit' | 'division' | 'delegation' | 'committee';

/** Names are unique per congress and kind (the database's unique index, with a Chinese message first). */
export async function checkOrganizationName(tx: Db, congressId: number, kind: string, name: string, exceptId?: number): Promise<void> {
  const [same] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.congressId, congressId), eq(organizations.kind, kind), eq(organizations.name, name), exceptId ? ne(organizations.id, exceptId) : undefined));
  if (same) throw invalid('NAME_TAKEN', `已有同名的机构：${name}`);
}

/** A division's parent must be a handling unit of the same congress. */
export async function checkDivisionParent(tx: Db, congressId: number, parentId: number | null | undefined): Promise<void> {
  const [unit] = parentId
    ? await tx.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.id, parentId), eq(organizations.kind, 'unit'), eq(organizations.congressId, congressId)))
    : [];
  if (!unit) throw invalid('DIVISION_NEEDS_UNIT', '处室须属于本级的一个承办单位');
}

/** §1: handling units, their divisions, delegations and committees of the administrator's congress. */
export async function createOrganization(ctx: Ctx, o: { kind: CreatableOrgKind; name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean }) {
  const congressId = adminCongressOf(ctx);
  return inTransaction(ctx, async (tx) => {
    if (o.kind === 'division') await checkDivisionParent(tx, congressId, o.parentId);
    else if (o.parentId) throw invalid('UNEXPECTED_PARENT', '只有处室需要上级单位');
    await checkOrganizationName(tx, congressId, o.kind, o.name);
    const [row] = await tx
      .insert(organizations)
      .values({ congressId, kind: o.kind, name: o.name, shortName: o.shortName ?? null, parentId: o.parentId ?? null, isGovernment: o.isGovernment ?? true })
      .returning();
    await writeAudit(tx, ctx, 'createOrganization', { id: row.id, kind: o.kind, name: o.name });
    return row;
  });
}

/** §1: a session (届次·会次) of the congress. */
export async function createSession(ctx: Ctx, o: { name: string; code: string; year: number; startDate?: string | null; endDate?: string | null }) {
  const congressId = adminCongressOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.insert(sessions).values({ congressId, ...o }).returning();
    await writeAudit(tx, ctx, 'createSession', { id: row.id, name: o.name });
    return row;
  });
}

/** §1: a deputy of the congress, in a delegation. */
export async function createDeputy(ctx: Ctx, o: { name: string; delegationId?: number | null; gender?: string | null; occupation?: string | null; phone?: string | null }) {
  const congressId = adminCongressOf(ctx);
  return inTransaction(ctx, async (tx) => {
    if (o.delegationId) {
      const [dl] = await tx.select().from(organizations).where(and(eq(organizations.id, o.delegationId), eq(organizations.kind, 'delegation'), eq(organizations.congressId, congressId)));
      if (!dl) throw invalid('UNKNOWN_DELEGATION', '代表团不存在');
    }
    const [row] = await tx.insert(deputies).values({ congressId, ...o }).returning();
    await writeAudit(tx, ctx, 'createDeputy', { id: row.id, name: o.name });
    return row;
  });
}

/**
 * A user with a role and an organization scope: unit staff belong to a unit,
 * a deputy account to a deputy, office staff to their office.
 */
export async function createAccount(ctx: Ctx, o: { username: string; password: string; displayName: string; role: Role; organizationId?: number | null; deputyId?: number | null }) {
  const congressId = adminCongressOf(ctx);
  return inTransaction(ctx, async (tx) => {
    await checkUserScope(tx, congressId, o);
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.username, o.username));
    if (exists) throw invalid('USERNAME_TAKEN', '用户名已被使用');
    const row = await createUser(tx, { ...o, deputyId: o.role === 'deputy' ? o.deputyId : null, congressId });
    await writeAudit(tx, ctx, 'createUser', { id: row.id, username: o.username, role: o.role });
    const { passwordHash: _h, ...safe } = row;
    return safe;
  });
}

/** Disabling a user ends their sessions at once (the session lookup refuses disabled users). */
export async function setUserDisabled(ctx: Ctx, o: { userId: number; disabled: boolean }) {
  const congressId = adminCongressOf(ctx);
  if (o.userId === ctx.actor.userId) throw invalid('SELF_DISABLE', '不能停用自己的账号');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ disabledAt: o.disabled ? nowOf(ctx) : null })
      .where(and(eq(users.id, o.userId), eq(users.congressId, congressId)))
      .returning({ id: users.id, username: users.username, disabledAt: users.disabledAt });
    if (!row) throw invalid('UNKNOWN_USER', '用户不存在');
    await writeAudit(tx, ctx, o.disabled ? 'disableUser' : 'enableUser', { id: row.id, username: row.username });
    return row;
  });
}
