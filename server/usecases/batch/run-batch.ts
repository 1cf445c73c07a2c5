import { BATCH_ACTIONS } from '../../../domain/batch/actions';
import type { BatchBody } from '../../../domain/contracts/batch';
import { DomainError, forbidden } from '../../../domain/errors';
import { assignSuggestion } from '../assignment/assign-suggestion';
import { markKeyItem } from '../handling/mark-key-item';
import type { Ctx } from '../lib/run';
import { approveReplyReview } from '../replies/approve-reply-review';
import { sendReply } from '../replies/send-reply';
import { signOffReply } from '../replies/sign-off-reply';
import { reviewSuggestion } from '../review/review-suggestion';
import { sendManualReminder } from '../supervision/send-manual-reminder';

export interface BatchResult {
  itemId: number;
  ok: boolean;
  code?: string;
  message?: string;
}

/** The single-item use case row `i` runs: each opens its own transaction, checks its own rules and writes its own event. */
function stepOf(ctx: Ctx, b: BatchBody): (i: number) => Promise<unknown> {
  switch (b.action) {
    case 'accept':
      return (i) => reviewSuggestion(ctx, { ...b.rows[i], decision: 'accept', categoryId: b.categoryId });
    case 'assign':
      return (i) => assignSuggestion(ctx, { ...b.rows[i], ...b.plan });
    case 'urge':
      return (i) => sendManualReminder(ctx, { itemId: b.rows[i].itemId, note: b.note });
    case 'approveReply':
      return (i) => approveReplyReview(ctx, b.rows[i]);
    case 'signOffReply':
      return (i) => signOffReply(ctx, b.rows[i]);
    case 'sendReply':
      return (i) => sendReply(ctx, b.rows[i]);
    case 'markKeyItem':
      return (i) => markKeyItem(ctx, { ...b.rows[i], isKeyItem: b.isKeyItem });
    default: {
      const never: never = b;
      return never;
    }
  }
}

/**
 * Runs one action over the rows one after another, each in its own transaction: a row the rules refuse
 * (stale version, wrong state, out of scope) is reported with the error's code and Chinese message and
 * the rest go on. An unexpected failure is logged and reported on its row the same way.
 */
export async function runBatch(ctx: Ctx, b: BatchBody, logError: (err: unknown, itemId: number) => void) {
  if (!(BATCH_ACTIONS[b.action].roles as readonly string[]).includes(ctx.actor.role)) throw forbidden();
  const step = stepOf(ctx, b);
  const results: BatchResult[] = [];
  for (const [i, row] of b.rows.entries()) {
    try {
      await step(i);
      results.push({ itemId: row.itemId, ok: true });
    } catch (e) {
      if (e instanceof DomainError) {
        results.push({ itemId: row.itemId, ok: false, code: e.code, message: e.message });
      } else {
        logError(e, row.itemId);
        results.push({ itemId: row.itemId, ok: false, code: 'INTERNAL', message: '系统错误，该件未处理，请稍后重试' });
      }
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { action: b.action, succeeded, failed: results.length - succeeded, results };
}
