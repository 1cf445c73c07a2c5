/**
 * 呈签单 (R-LINE-1): a complex order goes up on a sign-off form to the deputy secretary-general of the
 * city government before it is dispatched; the order waits in 呈签中 until the decision is recorded.
 */
import { checkTransition } from '../../../domain/items/transitions';
import { forbidden } from '../../../domain/errors';
import type { Ctx } from '../lib/run';
import { appendOrderEvent, casOrder, withOrder } from './history';

export async function requestWorkOrderSignOff(ctx: Ctx, o: { orderId: number; version: number; reason: string }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('requestWorkOrderSignOff', order.state, ctx.actor.role, 'signOff');
    if (scope.kind !== 'office') throw forbidden();
    const signOff = { reason: o.reason, requestedAt: now.toISOString(), decision: null, decidedBy: null, decidedAt: null };
    const row = await casOrder(tx, order, o.version, { state: 'signOff', signOff }, now);
    await appendOrderEvent(tx, ctx, { orderId: order.id, type: 'signOffRequested', fromState: order.state, toState: 'signOff', payload: { reason: o.reason } });
    return row;
  });
}
