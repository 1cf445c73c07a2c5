import { eq } from 'drizzle-orm';
import { forbidden } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { itemSigners } from '../../db/schema';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';

/**
 * The lead deputy takes a suggestion back (撤回) while it awaits cosigners, review or revision: nothing has
 * been decided on it yet. It keeps its number and its history; the cosigners who confirmed are told.
 */
export async function withdrawSuggestion(ctx: Ctx, o: { itemId: number; version: number; note: string }) {
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    checkTransition('withdrawSuggestion', item.state, ctx.actor.role, 'withdrawn');
    const signers = await tx.select().from(itemSigners).where(eq(itemSigners.itemId, item.id));
    const lead = signers.find((s) => s.isLead);
    if (!lead || lead.deputyId !== ctx.actor.deputyId) throw forbidden('leadDeputyWithdrawsOnly');
    const updated = await casItem(tx, item, o.version, { state: 'withdrawn' });
    await appendEvent(tx, ctx, { itemId: item.id, type: 'withdrawSuggestion', fromState: item.state, toState: 'withdrawn', payload: { note: o.note } });
    for (const s of signers.filter((x) => !x.isLead && x.status !== 'declined'))
      await notify(tx, { type: 'suggestionWithdrawn', itemId: item.id, recipientDeputyId: s.deputyId, payload: { note: o.note } });
    return updated;
  });
}
