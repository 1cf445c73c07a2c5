/**
 * 反馈代表 (R-LINE-1): the lead unit tells the deputy the result (how); the order waits for the
 * deputy's rating, and the deputy is asked for it.
 */
import { dayOf } from '../../../domain/hotline/clocks';
import type { WorkOrderContactMethod } from '../../../domain/hotline/orders';
import { checkTransition } from '../../../domain/items/transitions';
import { notify } from '../lib/history';
import type { Ctx } from '../lib/run';
import { aboutOrder, appendOrderEvent, casOrder, withOrder } from './history';
import { myPart } from './parts';

export async function feedBackWorkOrder(ctx: Ctx, o: { orderId: number; version: number; method: WorkOrderContactMethod; note?: string | null }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('feedBackWorkOrder', order.state, ctx.actor.role, 'fedBack');
    const part = await myPart(tx, scope, order, { lead: true });
    const row = await casOrder(tx, order, o.version, { state: 'fedBack', fedBackAt: now, feedbackMethod: o.method }, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'fedBack',
      fromState: order.state,
      toState: 'fedBack',
      payload: { unit: part.unitName, method: o.method, note: o.note ?? null, onTime: !order.feedbackDue || dayOf(now) <= order.feedbackDue },
    });
    if (order.deputyId !== null) {
      await notify(tx, { type: 'hotlineFedBack', congressId: order.congressId, recipientDeputyId: order.deputyId, payload: aboutOrder(order) });
    }
    return row;
  });
}
