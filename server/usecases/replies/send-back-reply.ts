import { domainError } from '../../../domain/errors';
import type { Ctx } from '../lib/run';
import { moveReply } from './reply-workflow';

/** R-REPLY-1: the office, the leader or the government office sends the draft back for redo (退回重办), with a reason. */
export async function sendBackReply(ctx: Ctx, o: { itemId: number; replyId: number; version: number; reason: string }) {
  if (!o.reason.trim()) throw domainError('REASON_REQUIRED', { variant: 'return' });
  const r = await moveReply(ctx, o, 'sendBackReply', 'draft', () => ({ sendBackReason: o.reason, signer: null, signedAt: null }), { reason: o.reason });
  return r;
}
