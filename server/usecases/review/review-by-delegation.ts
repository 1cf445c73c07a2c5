import { checkTransition } from '../../../domain/items/transitions';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';

export type DelegationDecision = { decision: 'pass'; comment?: string | null } | { decision: 'return'; comment: string };

const ACTION = { pass: 'passDelegationReview', return: 'returnFromDelegation' } as const;
const TARGET = { pass: 'submitted', return: 'returned' } as const;

/**
 * Two-stage review (代表团和议案组两层审核, R-REVIEW-1): the delegation's contact person checks a suggestion of
 * the delegation (one matter per suggestion, the facts true, the proposals feasible) and passes it on to the
 * office's review, or returns it to the lead deputy for improvement with comments. Only items of the contact's
 * own delegation are in scope (others: 404). The office's 待审核 queue shows a passed one; a returned one is
 * the deputy's to revise and resubmit.
 */
export async function reviewByDelegation(ctx: Ctx, o: { itemId: number; version: number } & DelegationDecision) {
  const action = ACTION[o.decision];
  const to = TARGET[o.decision];
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    checkTransition(action, item.state, ctx.actor.role, to);
    const comment = o.comment ?? null;
    // The comment is the item's review note until the office's own review (the deputy revises by it when returned).
    const updated = await casItem(tx, item, o.version, { state: to, reviewNote: comment });
    await appendEvent(tx, ctx, { itemId: item.id, type: action, fromState: item.state, toState: to, payload: { comment } });
    if (o.decision === 'return') {
      await notify(tx, { type: 'returnFromDelegation', itemId: item.id, recipientDeputyId: item.leadDeputyId ?? undefined, payload: { note: comment } });
    }
    return updated;
  });
}
