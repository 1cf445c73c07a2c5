import type { Ctx } from '../lib/run';
import { moveReply } from './reply-workflow';

/** R-REPLY-1: the unit office passes the draft on to the leader for sign-off. */
export function approveReplyReview(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return moveReply(ctx, o, 'approveReplyReview', 'awaitingSignOff', () => ({}));
}
