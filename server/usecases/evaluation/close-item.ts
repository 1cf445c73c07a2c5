import { and, eq } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { domainError } from '../../../domain/errors';
import type { Role } from '../../../domain/items/roles';
import { checkTransition } from '../../../domain/items/transitions';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { deadlines, evaluations } from '../../db/schema';
import type { ItemRow } from '../../auth/item-scope';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';

/**
 * R-EVAL-3: when the evaluation window has passed, the office closes a
 * replied item as "not evaluated" — unless a deputy of a first-round reply
 * was dissatisfied, in which case the item goes to re-handling review
 * (R-EVAL-2) instead of being closed. A reference item whose contact date
 * has passed without a contact may be closed by the office, marked as such.
 */
export async function closeItem(ctx: Ctx, o: { itemId: number; version: number; note: string }) {
  return withItem(ctx, o.itemId, o.version, (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'closeItem');
    return closeAfterWindow(tx, { actor: ctx.actor, now: ctx.now }, item, ctx.actor.role, o.note, 'closeItem');
  });
}

/**
 * The rule of closeItem on a locked item, shared with the daily job that
 * closes replied items whose evaluation window passed (actor null = 系统,
 * acting for the liaison office; event type `evaluationWindowExpired`).
 */
export async function closeAfterWindow(
  tx: Db,
  ctx: { actor: Actor | null; now?: Date },
  item: ItemRow,
  role: Role,
  note: string,
  eventType: 'closeItem' | 'evaluationWindowExpired',
) {
  checkTransition('closeItem', item.state, role);
  const today = todayInShanghai(ctx.now);
  const kind = item.state === 'replied' ? 'evaluation' : 'referenceContact';
  const [window] = await tx
    .select()
    .from(deadlines)
    .where(and(eq(deadlines.itemId, item.id), eq(deadlines.kind, kind)));
  if (window && today <= window.dueDate) {
    throw item.state === 'replied'
      ? domainError('EVALUATION_WINDOW_OPEN', { dueDate: window.dueDate })
      : domainError('REFERENCE_CONTACT_OPEN', { dueDate: window.dueDate });
  }
  let to: 'closed' | 'dissatisfied' = 'closed';
  let reason: string | null = item.state === 'replied' ? 'notEvaluated' : 'closedByOffice';
  if (item.state === 'replied' && item.round === 1) {
    const evs = await tx
      .select()
      .from(evaluations)
      .where(and(eq(evaluations.itemId, item.id), eq(evaluations.round, item.round)));
    if (evs.some((e) => e.result === 'dissatisfied')) {
      to = 'dissatisfied';
      reason = null;
    }
  }
  checkTransition('closeItem', item.state, role, to);
  const updated = await casItem(tx, item, item.version, to === 'closed' ? { state: to, closedAt: nowOf(ctx), closeReason: reason } : { state: to });
  await recomputeDeadlines(tx, item.id);
  await appendEvent(tx, ctx, { itemId: item.id, type: eventType, fromState: item.state, toState: to, payload: { note, closeReason: reason } });
  return updated;
}
