import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { noteOrganizationOf } from '../../auth/collaboration-scope';
import { readItem } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { itemNotes, organizations, users } from '../../db/schema';

/**
 * The internal notes (内部备注) of the actor's own organization on an item they may see,
 * oldest first; other organizations' notes are never read. Roles without notes: 403.
 */
export async function listItemNotes(db: Db, actor: Actor, itemId: number) {
  const organizationId = noteOrganizationOf(actor);
  const item = await readItem(db, actor, itemId);
  const [org] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId));
  const rows = await db
    .select({ n: itemNotes, authorName: users.displayName })
    .from(itemNotes)
    .innerJoin(users, eq(users.id, itemNotes.authorUserId))
    .where(and(eq(itemNotes.itemId, item.id), eq(itemNotes.organizationId, organizationId), isNull(itemNotes.deletedAt)))
    .orderBy(asc(itemNotes.createdAt), asc(itemNotes.id));
  return {
    organizationName: org?.name ?? '',
    notes: rows.map(({ n, authorName }) => ({
      id: n.id,
      body: n.body,
      authorUserId: n.authorUserId,
      authorName,
      createdAt: n.createdAt,
      version: n.version,
      mine: n.authorUserId === actor.userId,
    })),
  };
}
