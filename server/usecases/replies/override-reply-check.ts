import { domainError } from '../../../domain/errors';
import { appendEvent, casReply, touchItem } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';
import { loadReplyFor } from './reply-workflow';

/**
 * R-TALK-2 and R-CO-1: an office lets a reply be sent without a contact
 * record, or while a co-handler's opinion is missing, and must say why.
 */
export async function overrideReplyCheck(ctx: Ctx, o: { itemId: number; replyId: number; version: number; check: 'contact' | 'coOpinion'; reason: string }) {
  if (!o.reason.trim()) throw domainError('REASON_REQUIRED', { variant: 'override' });
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'overrideReplyCheck');
    const reply = await loadReplyFor(tx, ctx, item, o.replyId);
    if (reply.state === 'sent') throw domainError('REPLY_ALREADY_SENT');
    const patch = o.check === 'contact' ? { contactOverrideReason: o.reason } : { coOpinionOverrideReason: o.reason };
    const updated = await casReply(tx, reply, o.version, patch);
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: reply.taskId,
      type: 'overrideReplyCheck',
      payload: { replyId: reply.id, check: o.check, reason: o.reason },
    });
    return updated;
  });
}
