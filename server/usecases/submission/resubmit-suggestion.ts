import { and, eq } from 'drizzle-orm';
import { forbidden } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { itemSigners } from '../../db/schema';
import { firstReviewState, notifyDelegation } from '../lib/delegation-review';
import { appendEvent, casItem } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';

/** R-REVIEW-1: the lead deputy edits a returned suggestion and submits it again. */
export async function resubmitSuggestion(ctx: Ctx, o: { itemId: number; version: number; title: string; body: string; categoryId?: number | null }) {
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    // Back to review: the delegation's contact person first when two-stage review is on.
    const to = await firstReviewState(tx, item);
    checkTransition('resubmitSuggestion', item.state, ctx.actor.role, to);
    const [lead] = await tx
      .select()
      .from(itemSigners)
      .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.deputyId, ctx.actor.deputyId ?? -1), eq(itemSigners.isLead, true)));
    if (!lead) throw forbidden('leadDeputyResubmitsOnly');
    const updated = await casItem(tx, item, o.version, {
      state: to,
      title: o.title,
      body: item.classified ? item.body : o.body,
      categoryId: o.categoryId === undefined ? item.categoryId : o.categoryId,
    });
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'resubmitSuggestion',
      fromState: item.state,
      toState: to,
      // R-REPLY-8: a classified item's text never enters the history.
      payload: item.classified
        ? { before: { title: item.title }, after: { title: o.title } }
        : { before: { title: item.title, body: item.body }, after: { title: o.title, body: o.body } },
    });
    await notifyDelegation(tx, to, item);
    return updated;
  });
}
