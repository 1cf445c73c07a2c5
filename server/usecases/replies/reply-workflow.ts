import { and, eq } from 'drizzle-orm';
import { forbidden, invalid, notFound } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import { checkTransition, type Action } from '../../../domain/items/transitions';
import type { ReplyState } from '../../../domain/items/states';
import type { Db } from '../../db/client';
import { organizations, replies } from '../../db/schema';
import type { ItemRow } from '../lib/access';
import { appendEvent, casReply, touchItem, type ReplyRow } from '../lib/history';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

/** Loads a reply of the item that the actor may act on: its own unit's, or (government office) a government unit's. */
export async function loadReplyFor(tx: Db, ctx: Ctx, item: ItemRow, replyId: number): Promise<ReplyRow> {
  const [reply] = await tx.select().from(replies).where(and(eq(replies.id, replyId), eq(replies.itemId, item.id)));
  if (!reply) throw notFound('答复');
  if (isUnitRole(ctx.actor.role)) {
    if (reply.unitId !== ctx.actor.organizationId) throw notFound('答复');
  } else if (ctx.actor.role === 'governmentOffice') {
    const [unit] = await tx.select().from(organizations).where(eq(organizations.id, reply.unitId));
    if (!unit?.isGovernment) throw forbidden('政府办公厅只审核政府部门的答复');
  }
  return reply;
}

async function moveReply(
  ctx: Ctx,
  o: { itemId: number; replyId: number; version: number },
  action: Action,
  to: ReplyState,
  patch: (reply: ReplyRow) => Partial<ReplyRow>,
  payload: Record<string, unknown> = {},
) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const reply = await loadReplyFor(tx, ctx, item, o.replyId);
    expectVersion(reply.version, o.version);
    checkTransition(action, reply.state, ctx.actor.role, to);
    const updated = await casReply(tx, reply, o.version, { state: to, ...patch(reply) });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, taskId: reply.taskId, type: action, fromState: reply.state, toState: to, payload: { replyId: reply.id, ...payload } });
    return updated;
  });
}

/** R-REPLY-1: the handler submits the draft to the unit office for review. */
export function submitReplyForReview(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return moveReply(ctx, o, 'submitReplyForReview', 'inReview', () => ({ sendBackReason: null }));
}

/** R-REPLY-1: the unit office passes the draft on to the leader for sign-off. */
export function approveReplyReview(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return moveReply(ctx, o, 'approveReplyReview', 'awaitingSignOff', () => ({}));
}

/** R-REPLY-1: the office, the leader or the government office sends the draft back for redo (退回重办), with a reason. */
export async function sendBackReply(ctx: Ctx, o: { itemId: number; replyId: number; version: number; reason: string }) {
  if (!o.reason.trim()) throw invalid('REASON_REQUIRED', '退回须说明理由');
  const r = await moveReply(ctx, o, 'sendBackReply', 'draft', () => ({ sendBackReason: o.reason, signer: null, signedAt: null }), { reason: o.reason });
  return r;
}

/** R-REPLY-1/2: the unit's leader signs the reply (签发); the signer is recorded on the letter. */
export async function signOffReply(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return moveReply(ctx, o, 'signOffReply', 'signed', () => ({ signer: ctx.actor.name, signedAt: nowOf(ctx) }));
}
