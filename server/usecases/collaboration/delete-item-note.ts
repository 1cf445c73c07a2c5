import { and, eq, isNull } from 'drizzle-orm';
import { forbidden, notFound, staleVersion } from '../../../domain/errors';
import { noteOrganizationOf } from '../../auth/collaboration-scope';
import { readItem } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { itemNotes } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';

/**
 * Deletes one's own internal note (kept as deleted); another organization's note does not
 * exist for the actor (404), a colleague's may not be deleted (403). With `version`, the
 * note must still be the one the user saw (409).
 */
export async function deleteItemNote(ctx: Ctx, o: { itemId: number; noteId: number; version?: number }) {
  const { actor } = ctx;
  const organizationId = noteOrganizationOf(actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const item = await readItem(tx, actor, o.itemId);
    const [note] = await tx
      .select()
      .from(itemNotes)
      .where(and(eq(itemNotes.id, o.noteId), eq(itemNotes.itemId, item.id), eq(itemNotes.organizationId, organizationId), isNull(itemNotes.deletedAt)))
      .for('update');
    if (!note) throw notFound('内部备注');
    if (note.authorUserId !== actor.userId) throw forbidden('ownNotesOnly');
    if (o.version !== undefined && note.version !== o.version) throw staleVersion();
    await tx
      .update(itemNotes)
      .set({ deletedAt: nowOf(ctx), version: note.version + 1 })
      .where(eq(itemNotes.id, note.id));
    return { ok: true as const };
  });
}
