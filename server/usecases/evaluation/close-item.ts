import { and, eq } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { ruleViolation } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { deadlines } from '../../db/schema';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';

/**
 * R-EVAL-3: after the evaluation window the office closes a replied item as
 * "not evaluated"; a reference item may be closed by the office with a note.
 */
export async function closeItem(ctx: Ctx, o: { itemId: number; version: number; note: string }) {
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    checkTransition('closeItem', item.state, ctx.actor.role, 'closed');
    let reason = 'referenceContacted';
    if (item.state === 'replied') {
      const [window] = await tx.select().from(deadlines).where(and(eq(deadlines.itemId, item.id), eq(deadlines.kind, 'evaluation')));
      if (window && todayInShanghai(ctx.now) <= window.dueDate) {
        throw ruleViolation('EVALUATION_WINDOW_OPEN', `评价期限（${window.dueDate}）未到，不能以“未评价”办结`);
      }
      reason = 'notEvaluated';
    }
    const updated = await casItem(tx, item, o.version, { state: 'closed', closedAt: nowOf(ctx), closeReason: reason });
    await recomputeDeadlines(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, type: 'closeItem', fromState: item.state, toState: 'closed', payload: { note: o.note, closeReason: reason } });
    return updated;
  });
}
