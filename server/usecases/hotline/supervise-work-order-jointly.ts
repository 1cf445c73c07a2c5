/**
 * 联合督办 (R-LINE-2): the liaison office of the order's congress puts a long-unresolved order under
 * joint supervision (the committees, the government's office and the places together); the units
 * working on it and the hotline office are told. The order's state does not change.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { domainError, forbidden } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { relationTo } from '../../auth/hotline-scope';
import { workOrderSupervisions } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { aboutOrder, appendOrderEvent, casOrder, notifyOrg, notifyRoleIn, withOrder } from './history';
import { liveParts } from './parts';

export async function superviseWorkOrderJointly(ctx: Ctx, o: { orderId: number; version: number; note: string }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('superviseWorkOrderJointly', order.state, ctx.actor.role, order.state);
    // A county's liaison office sees the orders located there, but joint supervision is the city's.
    if (relationTo(scope, order) !== 'congress') throw forbidden();
    const [open] = await tx
      .select({ id: workOrderSupervisions.id })
      .from(workOrderSupervisions)
      .where(and(eq(workOrderSupervisions.orderId, order.id), eq(workOrderSupervisions.kind, 'joint'), isNull(workOrderSupervisions.closedAt)));
    if (open) throw domainError('HOTLINE_JOINT_OPEN');
    const [s] = await tx.insert(workOrderSupervisions).values({ orderId: order.id, kind: 'joint', note: o.note, openedAt: now }).returning();
    const row = await casOrder(tx, order, o.version, {}, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'jointSupervision',
      fromState: order.state,
      toState: order.state,
      payload: { supervisionId: s.id, note: o.note },
    });
    const n = { type: 'hotlineJointSupervision' as const, payload: { ...aboutOrder(order), note: o.note } };
    for (const p of await liveParts(tx, order.id)) await notifyOrg(tx, order.congressId, p.unitId, n);
    await notifyRoleIn(tx, order.congressId, ['hotlineOffice'], n);
    return row;
  });
}
