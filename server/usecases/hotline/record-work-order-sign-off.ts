/**
 * The decision on a 呈签单 (R-LINE-1): what the deputy secretary-general wrote and who it was; the
 * order is back with the hotline office, to be dispatched as the decision says.
 */
import { forbidden } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import type { Ctx } from '../lib/run';
import { appendOrderEvent, casOrder, withOrder } from './history';

export async function recordWorkOrderSignOff(ctx: Ctx, o: { orderId: number; version: number; decision: string; decidedBy: string }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('recordWorkOrderSignOff', order.state, ctx.actor.role, 'received');
    if (scope.kind !== 'office') throw forbidden();
    const signOff = { ...(order.signOff ?? {}), decision: o.decision, decidedBy: o.decidedBy, decidedAt: now.toISOString() };
    const row = await casOrder(tx, order, o.version, { state: 'received', signOff }, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'signOffRecorded',
      fromState: order.state,
      toState: 'received',
      payload: { decision: o.decision, decidedBy: o.decidedBy },
    });
    return row;
  });
}
