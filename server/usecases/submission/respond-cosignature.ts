import { and, eq } from 'drizzle-orm';
import { domainError, notFound } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { itemSigners } from '../../db/schema';
import { firstReviewState, notifyDelegation } from '../lib/delegation-review';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';

/**
 * R-SUBMIT-1: a cosigner confirms (or declines) their signature. When no
 * confirmation is pending any more, the suggestion is submitted for review
 * (the delegation's first when two-stage review is on).
 */
export async function respondCosignature(ctx: Ctx, o: { itemId: number; confirm: boolean }) {
  const action = o.confirm ? 'confirmCosignature' : 'declineCosignature';
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkTransition(action, item.state, ctx.actor.role);
    const [signer] = await tx
      .select()
      .from(itemSigners)
      .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.deputyId, ctx.actor.deputyId ?? -1)));
    if (!signer || signer.isLead) throw notFound('附议邀请');
    if (signer.status !== 'pending') throw domainError('ALREADY_RESPONDED', { variant: 'cosignature' });
    await tx
      .update(itemSigners)
      .set({ status: o.confirm ? 'confirmed' : 'declined', respondedAt: nowOf(ctx) })
      .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.deputyId, signer.deputyId)));
    const pending = await tx
      .select()
      .from(itemSigners)
      .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.status, 'pending')));
    // The last answer submits it: to the delegation's contact person first when two-stage review is on.
    const to = pending.length === 0 ? await firstReviewState(tx, item) : 'awaitingCosigners';
    const updated = await casItem(tx, item, item.version, { state: to });
    await appendEvent(tx, ctx, { itemId: item.id, type: action, fromState: item.state, toState: to, payload: { deputyId: signer.deputyId } });
    if (to !== 'awaitingCosigners') {
      await notify(tx, { type: 'suggestionSubmitted', itemId: item.id, recipientDeputyId: item.leadDeputyId ?? undefined });
      await notifyDelegation(tx, to, item);
    }
    return updated;
  });
}
