import { and, eq, isNull } from 'drizzle-orm';
import { invalid } from '../../../domain/errors';
import type { Role } from '../../../domain/items/roles';
import { hashPassword } from '../../auth/passwords';
import type { Db } from '../../db/client';
import { authSessions, users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';
import { adminCongressOf, checkUserScope, inTransaction, writeAudit } from './admin-scope';

async function lockUser(tx: Db, congressId: number, userId: number) {
  const [u] = await tx.select().from(users).where(and(eq(users.id, userId), eq(users.congressId, congressId))).for('update');
  if (!u) throw invalid('UNKNOWN_USER', '用户不存在');
  return u;
}

async function endSessions(tx: Db, ctx: Ctx, userId: number): Promise<void> {
  await tx.update(authSessions).set({ endedAt: nowOf(ctx) }).where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt)));
}

/**
 * Changes a user's name, role and scope (§1). The scope must fit the role;
 * an administrator cannot change their own role. When the role or scope
 * changes the user's sessions end, so the next sign-in shows the new menus.
 */
export async function updateUser(ctx: Ctx, o: { userId: number; displayName: string; role: Role; organizationId?: number | null; deputyId?: number | null }) {
  const congressId = adminCongressOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await lockUser(tx, congressId, o.userId);
    const organizationId = o.organizationId ?? null;
    const deputyId = o.role === 'deputy' ? (o.deputyId ?? null) : null;
    if (o.userId === ctx.actor.userId && o.role !== before.role) throw invalid('SELF_ROLE_CHANGE', '不能修改自己的角色');
    await checkUserScope(tx, congressId, { role: o.role, organizationId, deputyId });
    const scopeChanged = before.role !== o.role || before.organizationId !== organizationId || before.deputyId !== deputyId;
    const [row] = await tx
      .update(users)
      .set({ displayName: o.displayName, role: o.role, organizationId, deputyId })
      .where(eq(users.id, o.userId))
      .returning({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, organizationId: users.organizationId, deputyId: users.deputyId });
    if (scopeChanged && o.userId !== ctx.actor.userId) await endSessions(tx, ctx, o.userId);
    await writeAudit(tx, ctx, 'updateUser', {
      id: row.id,
      username: row.username,
      from: { role: before.role, organizationId: before.organizationId, deputyId: before.deputyId, displayName: before.displayName },
      to: { role: row.role, organizationId, deputyId, displayName: row.displayName },
    });
    return { ...row, sessionsEnded: scopeChanged && o.userId !== ctx.actor.userId };
  });
}

/**
 * Sets a new password for a user (the administrator tells it to them): the
 * lockout is lifted and every session of that user ends. The password itself
 * never reaches the audit log.
 */
export async function resetUserPassword(ctx: Ctx, o: { userId: number; password: string }) {
  const congressId = adminCongressOf(ctx);
  const passwordHash = await hashPassword(o.password);
  return inTransaction(ctx, async (tx) => {
    const u = await lockUser(tx, congressId, o.userId);
    await tx.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(users.id, u.id));
    if (u.id !== ctx.actor.userId) await endSessions(tx, ctx, u.id);
    await writeAudit(tx, ctx, 'resetPassword', { id: u.id, username: u.username });
    return { id: u.id, username: u.username };
  });
}
