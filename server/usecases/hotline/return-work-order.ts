/**
 * 退单 (issue 15 §4): a unit's office returns a wrongly dispatched order with its reason, within the
 * profile's `returnHours` of the dispatch. The lead unit's return sends the whole order back to the
 * hotline office (退单待改派); another unit's return gives up only its own part.
 */
import { and, eq, sql } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { formatInShanghai } from '../../../domain/hotline/time-text';
import { checkTransition } from '../../../domain/items/transitions';
import { workOrderUnits } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { aboutOrder, appendOrderEvent, casOrder, notifyRoleIn, withOrder } from './history';
import { myPart } from './parts';

export async function returnWorkOrder(ctx: Ctx, o: { orderId: number; version: number; reason: string }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('returnWorkOrder', order.state, ctx.actor.role);
    const part = await myPart(tx, scope, order);
    const to = part.isLead ? 'returned' : 'dispatched';
    checkTransition('returnWorkOrder', order.state, ctx.actor.role, to);
    if (order.returnUntil && now.getTime() > order.returnUntil.getTime()) {
      throw domainError('HOTLINE_RETURN_WINDOW_CLOSED', { until: formatInShanghai(order.returnUntil) }, { returnUntil: order.returnUntil.toISOString() });
    }
    await tx
      .update(workOrderUnits)
      .set({ state: 'returned', returnedAt: now, returnReason: o.reason, version: sql`${workOrderUnits.version} + 1` })
      .where(and(eq(workOrderUnits.id, part.id), eq(workOrderUnits.state, 'assigned')));
    const row = await casOrder(tx, order, o.version, part.isLead ? { state: 'returned' } : {}, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'unitReturned',
      fromState: order.state,
      toState: to,
      payload: { unit: part.unitName, isLead: part.isLead, reason: o.reason },
    });
    await notifyRoleIn(tx, order.congressId, ['hotlineOffice'], {
      type: 'hotlineOrderReturned',
      payload: { ...aboutOrder(order), unitName: part.unitName, isLead: part.isLead, reason: o.reason },
    });
    return row;
  });
}
