import { eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { partOf, type Role } from '../../../domain/items/roles';
import { adminCongressOf } from '../../auth/admin-congress';
import { users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { checkUserScope, inTransaction, writeAudit } from './admin-scope';
import { endSessions, lockUser } from './user-changes';

/**
 * Changes a user's name, role and scope (§1). The scope must fit the role;
 * an administrator cannot change their own role. When the role or scope
 * changes the user's sessions end, so the next sign-in shows the new menus.
 */
export async function updateUser(ctx: Ctx, o: { userId: number; displayName: string; role: Role; organizationId?: number | null; deputyId?: number | null }) {
  const congressId = adminCongressOf(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const before = await lockUser(tx, congressId, o.userId);
    const organizationId = o.organizationId ?? null;
    const deputyId = partOf(o.role) === 'deputy' ? (o.deputyId ?? null) : null;
    if (o.userId === ctx.actor.userId && o.role !== before.role) throw domainError('SELF_ROLE_CHANGE');
    await checkUserScope(tx, congressId, { role: o.role, organizationId, deputyId });
    const scopeChanged = before.role !== o.role || before.organizationId !== organizationId || before.deputyId !== deputyId;
    const [row] = await tx.update(users).set({ displayName: o.displayName, role: o.role, organizationId, deputyId }).where(eq(users.id, o.userId)).returning({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      organizationId: users.organizationId,
      deputyId: users.deputyId,
    });
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
