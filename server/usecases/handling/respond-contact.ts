import { and, eq } from 'drizzle-orm';
import { domainError, forbidden, notFound } from '../../../domain/errors';
import type { ContactResponse } from '../../../domain/items/kinds';
import { contactResponses, contacts, itemSigners } from '../../db/schema';
import { appendEvent, notify, touchItem } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';

export interface RespondContactInput {
  itemId: number;
  contactId: number;
  response: ContactResponse;
  note?: string | null;
}

/**
 * R-TALK-1: a deputy confirms or disputes a contact a unit logged with them.
 * Only a deputy who signed the item (and did not decline) answers, once per
 * contact; a dispute is sent to the unit and the liaison office, because a
 * contact the deputy denies should not count toward the unit's contact rate
 * without someone looking at it.
 */
export async function respondContact(ctx: Ctx, o: RespondContactInput) {
  const deputyId = ctx.actor.deputyId;
  if (ctx.actor.role !== 'deputy' || !deputyId) throw forbidden('contactDeputyOnly');
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const [signer] = await tx
      .select()
      .from(itemSigners)
      .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.deputyId, deputyId)));
    if (!signer || signer.status !== 'confirmed') throw forbidden('contactSignersOnly');
    const [contact] = await tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.id, o.contactId), eq(contacts.itemId, item.id)));
    if (!contact) throw notFound('沟通记录');
    const [row] = await tx
      .insert(contactResponses)
      .values({ contactId: contact.id, deputyId, response: o.response, note: o.note ?? null, createdAt: nowOf(ctx) })
      .onConflictDoNothing()
      .returning();
    if (!row) throw domainError('ALREADY_RESPONDED', { variant: 'contact' });
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: contact.taskId,
      type: o.response === 'confirmed' ? 'confirmContact' : 'disputeContact',
      payload: { contactId: contact.id, deputyId, note: o.note ?? null },
    });
    if (o.response === 'disputed') {
      const payload = { contactId: contact.id, note: o.note ?? null };
      await notify(tx, { type: 'contactDisputed', itemId: item.id, recipientOrgId: contact.unitId, payload });
      await notify(tx, { type: 'contactDisputed', itemId: item.id, payload }); // no recipient: the liaison office's queue
    }
    await touchItem(tx, item.id);
    return row;
  });
}
