import { noteOrganizationOf } from '../../auth/collaboration-scope';
import { readItem } from '../../auth/item-scope';
import { itemNotes } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';

/**
 * Adds an internal note (内部备注) to an item the actor may see, owned by the actor's
 * organization (office or unit): only its staff will see it. Not an item event — the
 * history is read by deputies and other units.
 */
export async function addItemNote(ctx: Ctx, o: { itemId: number; body: string }) {
  const { actor } = ctx;
  const organizationId = noteOrganizationOf(actor);
  const item = await readItem(ctx.db, actor, o.itemId);
  const [row] = await ctx.db
    .insert(itemNotes)
    .values({ itemId: item.id, organizationId, authorUserId: actor.userId, body: o.body, createdAt: nowOf(ctx) })
    .returning();
  return { id: row.id, body: row.body, authorUserId: row.authorUserId, authorName: actor.name, createdAt: row.createdAt, version: row.version, mine: true };
}
