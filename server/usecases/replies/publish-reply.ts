import { domainError } from '../../../domain/errors';
import { appendEvent, casReply, touchItem } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';
import { loadReplyFor } from './reply-workflow';

/**
 * R-PUBLISH-1: the liaison office records that a public reply was published
 * on the portal (a sent, public reply of an unclassified item, once).
 */
export async function publishReply(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'publishReply');
    const reply = await loadReplyFor(tx, ctx, item, o.replyId);
    if (reply.state !== 'sent') throw domainError('REPLY_NOT_SENT');
    if (reply.publicity !== 'public' || item.classified) throw domainError('REPLY_NOT_PUBLIC');
    if (reply.publishedAt) throw domainError('REPLY_ALREADY_PUBLISHED');
    const updated = await casReply(tx, reply, o.version, { publishedAt: nowOf(ctx) });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, taskId: reply.taskId, type: 'publishReply', payload: { replyId: reply.id } });
    return updated;
  });
}
