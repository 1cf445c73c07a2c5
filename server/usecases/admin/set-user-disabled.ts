import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { adminCongressOf } from '../../auth/admin-congress';
import { users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';

/** Disabling a user ends their sessions at once (the session lookup refuses disabled users). */
export async function setUserDisabled(ctx: Ctx, o: { userId: number; disabled: boolean }) {
  const congressId = adminCongressOf(ctx.actor);
  if (o.userId === ctx.actor.userId) throw domainError('SELF_DISABLE');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ disabledAt: o.disabled ? nowOf(ctx) : null })
      .where(and(eq(users.id, o.userId), eq(users.congressId, congressId)))
      .returning({ id: users.id, username: users.username, disabledAt: users.disabledAt });
    if (!row) throw domainError('UNKNOWN_USER');
    await writeAudit(tx, ctx, o.disabled ? 'disableUser' : 'enableUser', { id: row.id, username: row.username });
    return row;
  });
}
