import type { Ctx } from '../lib/run';
import { moveReply } from './reply-workflow';

/** R-REPLY-1: the handler submits the draft to the unit office for review. */
export function submitReplyForReview(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return moveReply(ctx, o, 'submitReplyForReview', 'inReview', () => ({ sendBackReason: null }));
}
