/** What the steps of a reply share: the reply the actor may act on, and one step of its workflow. */
import { and, eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import { checkTransition, type Action } from '../../../domain/items/transitions';
import type { ReplyState } from '../../../domain/items/states';
import type { Db } from '../../db/client';
import { organizations, replies } from '../../db/schema';
import type { ItemRow } from '../../auth/item-scope';
import { appendEvent, casReply, notify, touchItem, type ReplyRow } from '../lib/history';
import { expectVersion, withItem, type Ctx } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';

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
    checkOfficeSide(ctx.actor, item, action);
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
    await noticeOfStep(tx, action, item.id, reply, payload);
    return updated;
  });
}

type ReplyStep = Parameters<typeof moveReply>[2];

/**
 * Each step of a reply tells the next person in the unit that it waits on them (their 待办 holds it too):
 * the office reviews what the handler submitted, the leader signs what the office approved, the office
 * sends what the leader signed, and a draft sent back goes to whoever drafted it.
 */
async function noticeOfStep(tx: Db, action: ReplyStep, itemId: number, reply: ReplyRow, payload: Record<string, unknown>) {
  const unit = { itemId, recipientOrgId: reply.unitId, payload: { replyId: reply.id, ...payload } };
  switch (action) {
    case 'submitReplyForReview':
      return notify(tx, { ...unit, type: 'replyForReview', recipientRole: 'unitOffice' });
    case 'approveReplyReview':
      return notify(tx, { ...unit, type: 'replyForSignOff', recipientRole: 'unitLeader' });
    case 'signOffReply':
      return notify(tx, { ...unit, type: 'replySigned', recipientRole: 'unitOffice' });
    case 'sendBackReply':
      return reply.draftedBy
        ? notify(tx, { itemId, recipientUserId: reply.draftedBy, type: 'replySentBack', payload: unit.payload })
        : notify(tx, { ...unit, type: 'replySentBack', recipientRole: 'unitHandler' });
    default: {
      const never: never = action;
      return never;
    }
  }
}
