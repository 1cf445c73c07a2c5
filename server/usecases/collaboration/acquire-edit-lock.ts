import { eq } from 'drizzle-orm';
import { EDIT_LOCK_LABELS, lockIsLive, lockView, type EditLockKind } from '../../../domain/collaboration/edit-locks';
import { forbidden } from '../../../domain/errors';
import { lockRow, lockScopeOf } from '../../auth/collaboration-scope';
import { readItem } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { editLocks, users } from '../../db/schema';
import { notify } from '../lib/history';
import { nowOf, type Ctx } from '../lib/run';
import { ownTask } from '../lib/tasks';

export type AcquireStatus = 'acquired' | 'renewed' | 'takenOver' | 'heldByOther';

/**
 * Takes the soft edit lock of an item's reply draft (the actor's unit's) or assignment plan,
 * or renews one's own (the form's heartbeat). A lock held by another and still live is left
 * alone (`heldByOther`, naming who and since when) unless `takeOver`: then it passes to the
 * actor and the former holder is told (outbox, in the same transaction). A lapsed lock is
 * free. Soft: nothing else is refused while someone holds it — the version check is the guard.
 */
export async function acquireEditLock(ctx: Ctx, o: { itemId: number; what: EditLockKind; takeOver?: boolean }) {
  const { actor } = ctx;
  const scopeOrgId = lockScopeOf(actor, o.what);
  const now = nowOf(ctx);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const item = await readItem(tx, actor, o.itemId);
    if (o.what === 'replyDraft') {
      // Only the units that reply draft one (lead, single, split): a co-handler sends an opinion instead.
      const task = await ownTask(tx, actor, item.id);
      if (task.role !== 'lead' && task.role !== 'split') throw forbidden('coUnitDraftsNoReply');
    }
    const mine = { holderUserId: actor.userId, acquiredAt: now, heartbeatAt: now };
    const answer = (status: AcquireStatus, l: typeof editLocks.$inferSelect, holderName = actor.name) => ({
      status,
      lock: lockView(l, holderName, actor.userId),
    });

    // One row per item, kind and scope: create it, or lock the existing one so that contenders serialize.
    const [created] = await tx
      .insert(editLocks)
      .values({ itemId: item.id, what: o.what, scopeOrgId, ...mine })
      .onConflictDoNothing()
      .returning();
    if (created) return answer('acquired', created);
    const [current] = await tx
      .select({ l: editLocks, holderName: users.displayName })
      .from(editLocks)
      .innerJoin(users, eq(users.id, editLocks.holderUserId))
      .where(lockRow(item.id, o.what, scopeOrgId))
      .for('update', { of: editLocks });
    const { l } = current;
    const live = lockIsLive(l.heartbeatAt, now);
    const set = async (patch: Partial<typeof editLocks.$inferInsert>) => (await tx.update(editLocks).set(patch).where(eq(editLocks.id, l.id)).returning())[0];

    if (l.holderUserId === actor.userId) {
      return live ? answer('renewed', await set({ heartbeatAt: now })) : answer('acquired', await set(mine));
    }
    if (!live) return answer('acquired', await set(mine));
    if (!o.takeOver) return answer('heldByOther', l, current.holderName);
    const taken = await set(mine);
    await notify(tx, {
      type: 'editLockTakenOver',
      itemId: item.id,
      recipientUserId: l.holderUserId,
      payload: { what: o.what, whatLabel: EDIT_LOCK_LABELS[o.what], byName: actor.name },
    });
    return answer('takenOver', taken);
  });
}
