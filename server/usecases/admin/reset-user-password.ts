import { eq } from 'drizzle-orm';
import { hashPassword } from '../../auth/passwords';
import { adminCongressOf } from '../../auth/admin-congress';
import { users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';
import { endSessions, lockUser } from './user-changes';

/**
 * Sets a new password for a user (the administrator tells it to them): the
 * lockout is lifted and every session of that user ends. The password itself
 * never reaches the audit log.
 */
export async function resetUserPassword(ctx: Ctx, o: { userId: number; password: string }) {
  const congressId = adminCongressOf(ctx.actor);
  const passwordHash = await hashPassword(o.password);
  return inTransaction(ctx, async (tx) => {
    const u = await lockUser(tx, congressId, o.userId);
    await tx.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(users.id, u.id));
    if (u.id !== ctx.actor.userId) await endSessions(tx, ctx, u.id);
    await writeAudit(tx, ctx, 'resetPassword', { id: u.id, username: u.username });
    return { id: u.id, username: u.username };
  });
}
