import { and, eq } from 'drizzle-orm';
import { domainError, fieldError, forbidden } from '../../../domain/errors';
import type { EvaluationResult } from '../../../domain/items/kinds';
import { replyRecipients } from '../../../domain/items/reply-recipients';
import { checkTransition } from '../../../domain/items/transitions';
import { attachments, evaluations, itemSigners } from '../../db/schema';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';

export interface EvaluateInput {
  itemId: number;
  result: EvaluationResult;
  comment?: string | null;
  /** Proxy entry by the liaison office from a paper form (R-EVAL-1). */
  deputyId?: number;
  proxyAttachmentId?: number;
}

/**
 * R-EVAL-1/2/3: each deputy of the suggestion evaluates the reply once per
 * round; staff may enter a paper form on a deputy's behalf, marked as proxy
 * with the scanned form. When the last evaluation is in: all satisfied or
 * basically satisfied (or a re-handled round) → closed; any dissatisfied in
 * the first round → dissatisfied, for the office to forward for re-handling.
 * Dissatisfied needs its reason (R-EVAL-2: the office forwards it, the unit
 * re-handles on it), from the deputy or copied from the paper form.
 */
export async function evaluateReply(ctx: Ctx, o: EvaluateInput) {
  if (o.result === 'dissatisfied' && !o.comment?.trim()) throw fieldError('DISSATISFIED_REASON_REQUIRED', 'body.comment');
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'evaluateReply');
    checkTransition('evaluateReply', item.state, ctx.actor.role);
    const proxy = ctx.actor.role !== 'deputy';
    const deputyId = proxy ? o.deputyId : ctx.actor.deputyId!;
    if (!deputyId) throw domainError('DEPUTY_REQUIRED', { variant: 'proxyEvaluation' });
    if (proxy && item.classified) {
      // R-REPLY-8: a classified item keeps nothing online, so its paper form stays in the offline file.
      if (o.proxyAttachmentId) throw domainError('CLASSIFIED_OFFLINE', { variant: 'evaluationForm' });
    } else if (proxy) {
      if (!o.proxyAttachmentId) throw domainError('PROXY_FORM_REQUIRED');
      const [a] = await tx
        .select()
        .from(attachments)
        .where(and(eq(attachments.id, o.proxyAttachmentId), eq(attachments.itemId, item.id)));
      if (!a) throw domainError('UNKNOWN_ATTACHMENT');
    } else if (o.deputyId && o.deputyId !== deputyId) {
      throw forbidden('evaluateOwnItemsOnly');
    }
    const signers = await tx
      .select()
      .from(itemSigners)
      .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.status, 'confirmed')));
    // R-REPLY-5: those the reply answers evaluate it (a CPPCC proposal: its lead only).
    const evaluators = replyRecipients(item, signers);
    if (!evaluators.some((s) => s.deputyId === deputyId)) throw forbidden('evaluatorNotSigner');
    const done = await tx
      .select()
      .from(evaluations)
      .where(and(eq(evaluations.itemId, item.id), eq(evaluations.round, item.round)));
    if (done.some((e) => e.deputyId === deputyId)) throw domainError('ALREADY_EVALUATED');
    const [ev] = await tx
      .insert(evaluations)
      .values({
        itemId: item.id,
        deputyId,
        round: item.round,
        result: o.result,
        comment: o.comment ?? null,
        proxy,
        proxyAttachmentId: o.proxyAttachmentId ?? null,
        proxyFormOffline: proxy && item.classified,
        enteredBy: ctx.actor.userId,
        createdAt: nowOf(ctx),
      })
      .returning();
    const all = [...done, ev];
    let to: 'replied' | 'closed' | 'dissatisfied' = 'replied';
    if (evaluators.every((s) => all.some((e) => e.deputyId === s.deputyId))) {
      const unhappy = all.some((e) => e.result === 'dissatisfied');
      to = unhappy && item.round === 1 ? 'dissatisfied' : 'closed';
    }
    const closeReason = to === 'closed' ? (item.round > 1 ? 'rehandledEvaluated' : 'evaluated') : null;
    await casItem(tx, item, item.version, to === 'closed' ? { state: to, closedAt: nowOf(ctx), closeReason } : { state: to });
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'evaluateReply',
      fromState: item.state,
      toState: to,
      payload: { deputyId, result: o.result, proxy, round: item.round, evaluationId: ev.id },
    });
    if (to !== item.state) await recomputeDeadlines(tx, item.id);
    if (to === 'dissatisfied') await notify(tx, { type: 'dissatisfiedEvaluation', itemId: item.id, payload: { number: item.number } });
    return ev;
  });
}
