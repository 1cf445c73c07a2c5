import { and, eq } from 'drizzle-orm';
import type { EditLockKind } from '../../../domain/collaboration/edit-locks';
import { lockRow, lockScopeOf } from '../../auth/collaboration-scope';
import { readItem } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { editLocks } from '../../db/schema';
import type { Ctx } from '../lib/run';

/** Drops the lock if `userId` holds it (a lock taken over meanwhile stays with its new holder); true when one was dropped. */
export async function releaseOwnLock(tx: Db, o: { itemId: number; what: EditLockKind; scopeOrgId: number | null; userId: number }): Promise<boolean> {
  const rows = await tx
    .delete(editLocks)
    .where(and(lockRow(o.itemId, o.what, o.scopeOrgId), eq(editLocks.holderUserId, o.userId)))
    .returning({ id: editLocks.id });
  return rows.length > 0;
}

/**
 * Releases the actor's soft edit lock when the form closes (the reply draft's is released
 * by saving it too, server/usecases/replies/save-reply-draft.ts). Releasing a lock one does
 * not hold changes nothing and reveals nothing; an item outside the actor's scope (another
 * unit's, another congress's) is not found, as when taking the lock.
 */
export async function releaseEditLock(ctx: Ctx, o: { itemId: number; what: EditLockKind }) {
  const scopeOrgId = lockScopeOf(ctx.actor, o.what);
  await readItem(ctx.db, ctx.actor, o.itemId);
  return { released: await releaseOwnLock(ctx.db, { itemId: o.itemId, what: o.what, scopeOrgId, userId: ctx.actor.userId }) };
}
