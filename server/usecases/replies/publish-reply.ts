import { ruleViolation } from '../../../domain/errors';
import { appendEvent, casReply, touchItem } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { loadReplyFor } from './reply-workflow';

/**
 * R-PUBLISH-1: the liaison office records that a public reply was published
 * on the portal (a sent, public reply of an unclassified item, once).
 */
export async function publishReply(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const reply = await loadReplyFor(tx, ctx, item, o.replyId);
    if (reply.state !== 'sent') throw ruleViolation('REPLY_NOT_SENT', '答复尚未发出，不能公开');
    if (reply.publicity !== 'public' || item.classified) throw ruleViolation('REPLY_NOT_PUBLIC', '该答复标注为不公开，不能在门户公开');
    if (reply.publishedAt) throw ruleViolation('REPLY_ALREADY_PUBLISHED', '该答复已公开');
    const updated = await casReply(tx, reply, o.version, { publishedAt: nowOf(ctx) });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, taskId: reply.taskId, type: 'publishReply', payload: { replyId: reply.id } });
    return updated;
  });
}
