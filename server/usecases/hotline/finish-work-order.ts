/**
 * 办结 (R-LINE-1): the lead unit records the result. The finishing clock stops; the feedback clock
 * starts: the result goes back to the deputy within `feedbackDays` days of the day it was finished.
 */
import { checkTransition } from '../../../domain/items/transitions';
import { dayOf, feedbackDue } from '../../../domain/hotline/clocks';
import type { Ctx } from '../lib/run';
import { appendOrderEvent, casOrder, orderRules, withOrder } from './history';
import { myPart } from './parts';

export async function finishWorkOrder(ctx: Ctx, o: { orderId: number; version: number; result: string }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('finishWorkOrder', order.state, ctx.actor.role, 'finished');
    const part = await myPart(tx, scope, order, { lead: true });
    const { rules } = await orderRules(tx, order);
    const due = feedbackDue(dayOf(now), rules);
    const row = await casOrder(
      tx,
      order,
      o.version,
      // A request for more time is moot once the work is done.
      { state: 'finished', result: o.result, finishedAt: now, feedbackDue: due, extensionRequest: null },
      now,
    );
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'finished',
      fromState: order.state,
      toState: 'finished',
      payload: { unit: part.unitName, result: o.result, round: order.round, onTime: !order.finishDue || dayOf(now) <= order.finishDue, feedbackDue: due },
    });
    return row;
  });
}
