/**
 * 联系代表 (R-LINE-1): a unit working on the order records its contact with the deputy — how, what was
 * said, whether the deputy was invited into the handling. The first contact stops the contact clock
 * (contactedAt); later ones are kept beside it.
 */
import type { WorkOrderContactMethod } from '../../../domain/hotline/orders';
import { checkTransition } from '../../../domain/items/transitions';
import { workOrderContacts } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { appendOrderEvent, casOrder, withOrder } from './history';
import { timeError } from './intake';
import { myPart } from './parts';

export async function recordWorkOrderContact(
  ctx: Ctx,
  o: { orderId: number; version: number; at?: string; method: WorkOrderContactMethod; invited: boolean; note: string; deputyView?: string | null },
) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('recordWorkOrderContact', order.state, ctx.actor.role, order.state);
    const part = await myPart(tx, scope, order);
    const at = o.at ? new Date(o.at) : now;
    if (at.getTime() > now.getTime() + 5 * 60_000) throw timeError('contactInFuture', 'at');
    if (order.dispatchedAt && at.getTime() < order.dispatchedAt.getTime()) throw timeError('contactBeforeDispatch', 'at');
    await tx.insert(workOrderContacts).values({
      orderId: order.id,
      unitId: part.unitId,
      at,
      method: o.method,
      invited: o.invited,
      note: o.note,
      deputyView: o.deputyView ?? null,
      createdBy: ctx.actor.userId,
      createdAt: now,
    });
    const row = await casOrder(tx, order, o.version, { contactedAt: order.contactedAt ?? at }, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'contacted',
      fromState: order.state,
      toState: order.state,
      payload: {
        unit: part.unitName,
        method: o.method,
        invited: o.invited,
        note: o.note,
        at: at.toISOString(),
        onTime: !order.contactDueAt || at <= order.contactDueAt,
      },
    });
    return row;
  });
}
