import { nowOf, type Ctx } from '../lib/run';
import { moveReply } from './reply-workflow';

/** R-REPLY-1/2: the unit's leader signs the reply (签发); the signer is recorded on the letter. */
export async function signOffReply(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return moveReply(ctx, o, 'signOffReply', 'signed', () => ({ signer: ctx.actor.name, signedAt: nowOf(ctx) }));
}
