import { and, eq } from 'drizzle-orm';
import { notFound } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { requests } from '../../db/schema';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, notify, touchItem } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';

/**
 * R-REPLY-7: the office approves (the reply deadline moves to the extended
 * one and the item is no longer overdue if within it) or rejects.
 */
export async function decideExtension(ctx: Ctx, o: { itemId: number; requestId: number; approve: boolean; note: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'decideExtension');
    const [req] = await tx
      .select()
      .from(requests)
      .where(and(eq(requests.id, o.requestId), eq(requests.itemId, item.id), eq(requests.kind, 'extension')));
    if (!req) throw notFound('延期申请');
    checkTransition('decideRequest', req.state, ctx.actor.role);
    checkTransition('decideExtension', item.state, ctx.actor.role, 'handling');
    await tx
      .update(requests)
      .set({ state: o.approve ? 'approved' : 'rejected', decisionNote: o.note, decidedBy: ctx.actor.userId, decidedAt: nowOf(ctx) })
      .where(eq(requests.id, req.id));
    const before = item.replyDue;
    if (o.approve) {
      await casItem(tx, item, item.version, { replyExtended: true });
      await recomputeDeadlines(tx, item.id);
    } else {
      await touchItem(tx, item.id);
    }
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'decideExtension',
      fromState: item.state,
      toState: item.state,
      payload: { requestId: req.id, approve: o.approve, note: o.note, replyDueBefore: before },
    });
    await notify(tx, { type: 'extensionDecided', itemId: item.id, recipientOrgId: req.unitId, payload: { approve: o.approve } });
    return { requestId: req.id, approved: o.approve };
  });
}
