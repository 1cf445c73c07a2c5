/** What the steps of a reply share: the reply the actor may act on, and one step of its workflow. */
import { and, eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import { checkTransition, type Action } from '../../../domain/items/transitions';
import type { ReplyState } from '../../../domain/items/states';
import type { Db } from '../../db/client';
import { organizations, replies } from '../../db/schema';
import type { ItemRow } from '../../auth/item-scope';
import { appendEvent, casReply, touchItem, type ReplyRow } from '../lib/history';
import { expectVersion, withItem, type Ctx } from '../lib/run';

/** Loads a reply of the item that the actor may act on: its own unit's, or (government office) a government unit's. */
export async function loadReplyFor(tx: Db, ctx: Ctx, item: ItemRow, replyId: number): Promise<ReplyRow> {
  const [reply] = await tx
    .select()
    .from(replies)
    .where(and(eq(replies.id, replyId), eq(replies.itemId, item.id)));
  if (!reply) throw notFound('答复');
  if (isUnitRole(ctx.actor.role)) {
    if (reply.unitId !== ctx.actor.organizationId) throw notFound('答复');
  } else if (ctx.actor.role === 'governmentOffice') {
    const [unit] = await tx.select().from(organizations).where(eq(organizations.id, reply.unitId));
    if (!unit?.isGovernment) throw forbidden('govOfficeReviewsGovRepliesOnly');
  }
  return reply;
}

/** Moves a reply the actor may act on one step of its workflow (R-REPLY-1): checked against the transitions table, a compare-and-set, an event. */
export async function moveReply(
  ctx: Ctx,
  o: { itemId: number; replyId: number; version: number },
  action: Extract<Action, 'submitReplyForReview' | 'approveReplyReview' | 'sendBackReply' | 'signOffReply'>,
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
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: reply.taskId,
      type: action,
      fromState: reply.state,
      toState: to,
      payload: { replyId: reply.id, ...payload },
    });
    return updated;
  });
}
