import { and, asc, eq, gt } from 'drizzle-orm';
import { EDIT_LOCK_TTL_MINUTES, lockView } from '../../../domain/collaboration/edit-locks';
import type { Actor } from '../../auth/actor';
import { visibleLocks } from '../../auth/collaboration-scope';
import { readItem } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { editLocks, users } from '../../db/schema';

/**
 * The live soft edit locks of an item the actor may see, among those they could contend for
 * (a unit's staff: their unit's reply draft; the offices: the assignment plan). A lock without
 * a heartbeat for EDIT_LOCK_TTL_MINUTES has lapsed and is not listed.
 */
export async function listEditLocks(db: Db, actor: Actor, itemId: number, now: Date) {
  const item = await readItem(db, actor, itemId);
  const since = new Date(now.getTime() - EDIT_LOCK_TTL_MINUTES * 60_000);
  const rows = await db
    .select({ l: editLocks, holderName: users.displayName })
    .from(editLocks)
    .innerJoin(users, eq(users.id, editLocks.holderUserId))
    .where(and(eq(editLocks.itemId, item.id), visibleLocks(actor), gt(editLocks.heartbeatAt, since)))
    .orderBy(asc(editLocks.what), asc(editLocks.id));
  return rows.map(({ l, holderName }) => lockView(l, holderName, actor.userId));
}
