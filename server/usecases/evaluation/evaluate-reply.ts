import { and, eq } from 'drizzle-orm';
import { forbidden, invalid, ruleViolation } from '../../../domain/errors';
import type { EvaluationResult } from '../../../domain/items/kinds';
import { checkTransition } from '../../../domain/items/transitions';
import { attachments, evaluations, itemSigners } from '../../db/schema';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';

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
 */
export async function evaluateReply(ctx: Ctx, o: EvaluateInput) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkTransition('evaluateReply', item.state, ctx.actor.role);
    const proxy = ctx.actor.role !== 'deputy';
    const deputyId = proxy ? o.deputyId : ctx.actor.deputyId!;
    if (!deputyId) throw invalid('DEPUTY_REQUIRED', '代录评价须指明代表');
    if (proxy && item.classified) {
      // R-REPLY-8: a classified item keeps nothing online, so its paper form stays in the offline file.
      if (o.proxyAttachmentId) throw invalid('CLASSIFIED_OFFLINE', '涉密件的评价表在线下存档，不上传扫描件');
    } else if (proxy) {
      if (!o.proxyAttachmentId) throw invalid('PROXY_FORM_REQUIRED', '代录评价须上传代表签字的评价表扫描件');
      const [a] = await tx.select().from(attachments).where(and(eq(attachments.id, o.proxyAttachmentId), eq(attachments.itemId, item.id)));
      if (!a) throw invalid('UNKNOWN_ATTACHMENT', '评价表扫描件不存在');
    } else if (o.deputyId && o.deputyId !== deputyId) {
      throw forbidden('代表只能评价本人的建议');
    }
    const signers = await tx.select().from(itemSigners).where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.status, 'confirmed')));
    // R-REPLY-5: a CPPCC proposal is answered (and evaluated) by its lead only.
    const evaluators = item.kind === 'proposal' ? signers.filter((s) => s.isLead) : signers;
    if (!evaluators.some((s) => s.deputyId === deputyId)) throw forbidden('该代表不是本建议的领衔或附议代表');
    const done = await tx.select().from(evaluations).where(and(eq(evaluations.itemId, item.id), eq(evaluations.round, item.round)));
    if (done.some((e) => e.deputyId === deputyId)) throw ruleViolation('ALREADY_EVALUATED', '该代表已对本轮答复作出评价');
    const [ev] = await tx
      .insert(evaluations)
      .values({ itemId: item.id, deputyId, round: item.round, result: o.result, comment: o.comment ?? null, proxy, proxyAttachmentId: o.proxyAttachmentId ?? null, proxyFormOffline: proxy && item.classified, enteredBy: ctx.actor.userId, createdAt: nowOf(ctx) })
      .returning();
    const all = [...done, ev];
    let to: 'replied' | 'closed' | 'dissatisfied' = 'replied';
    if (evaluators.every((s) => all.some((e) => e.deputyId === s.deputyId))) {
      const unhappy = all.some((e) => e.result === 'dissatisfied');
      to = unhappy && item.round === 1 ? 'dissatisfied' : 'closed';
    }
    const closeReason = to === 'closed' ? (item.round > 1 ? 'rehandledEvaluated' : 'evaluated') : null;
    await casItem(tx, item, item.version, to === 'closed' ? { state: to, closedAt: nowOf(ctx), closeReason } : { state: to });
    await appendEvent(tx, ctx, { itemId: item.id, type: 'evaluateReply', fromState: item.state, toState: to, payload: { deputyId, result: o.result, proxy, round: item.round, evaluationId: ev.id } });
    if (to !== item.state) await recomputeDeadlines(tx, item.id);
    if (to === 'dissatisfied') await notify(tx, { type: 'dissatisfiedEvaluation', itemId: item.id, payload: { number: item.number } });
    return ev;
  });
}
