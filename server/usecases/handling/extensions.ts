import { and, eq } from 'drizzle-orm';
import { forbidden, notFound, ruleViolation } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { requests } from '../../db/schema';
import { ownTask } from '../lib/access';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, notify, touchItem } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';

/** R-REPLY-7: the lead unit asks to extend the reply deadline of a complex item. */
export async function requestExtension(ctx: Ctx, o: { itemId: number; reason: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    if (task.role !== 'lead' && task.role !== 'split') throw forbidden('只有主办或分办单位可以申请延期');
    checkTransition('decideExtension', item.state, 'liaisonOffice');
    if (item.replyExtended) throw ruleViolation('ALREADY_EXTENDED', '该件已批准延期，不能再次申请');
    const [pending] = await tx.select({ id: requests.id }).from(requests).where(and(eq(requests.itemId, item.id), eq(requests.kind, 'extension'), eq(requests.state, 'pending')));
    if (pending) throw ruleViolation('EXTENSION_PENDING', '该件已有待审批的延期申请');
    const [req] = await tx
      .insert(requests)
      .values({ kind: 'extension', itemId: item.id, taskId: task.id, unitId: task.unitId, reason: o.reason, requestedBy: ctx.actor.userId, createdAt: nowOf(ctx) })
      .returning();
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, taskId: task.id, type: 'requestExtension', payload: { requestId: req.id, reason: o.reason } });
    await notify(tx, { type: 'extensionRequested', itemId: item.id, payload: { requestId: req.id } });
    return req;
  });
}

/**
 * R-REPLY-7: the office approves (the reply deadline moves to the extended
 * one and the item is no longer overdue if within it) or rejects.
 */
export async function decideExtension(ctx: Ctx, o: { itemId: number; requestId: number; approve: boolean; note: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const [req] = await tx.select().from(requests).where(and(eq(requests.id, o.requestId), eq(requests.itemId, item.id), eq(requests.kind, 'extension')));
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
    await appendEvent(tx, ctx, { itemId: item.id, type: 'decideExtension', fromState: item.state, toState: item.state, payload: { requestId: req.id, approve: o.approve, note: o.note, replyDueBefore: before } });
    await notify(tx, { type: 'extensionDecided', itemId: item.id, recipientOrgId: req.unitId, payload: { approve: o.approve } });
    return { requestId: req.id, approved: o.approve };
  });
}
