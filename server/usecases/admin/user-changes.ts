/** What the changes of a user share: the user row locked (of the administrator's congress), their sessions ended. */
import { and, eq, isNull } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { authSessions, users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';

export async function lockUser(tx: Db, congressId: number, userId: number) {
  const [u] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.congressId, congressId)))
    .for('update');
  if (!u) throw domainError('UNKNOWN_USER');
  return u;
}

export async function endSessions(tx: Db, ctx: Ctx, userId: number): Promise<void> {
  await tx
    .update(authSessions)
    .set({ endedAt: nowOf(ctx) })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt)));
}
