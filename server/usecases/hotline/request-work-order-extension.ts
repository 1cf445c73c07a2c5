/**
 * 申请延期 (issue 15 §5): the lead unit's office asks for more working days, with its reason; one
 * request waits at a time, decided by the hotline office (decide-work-order-extension.ts).
 */
import { domainError } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import type { Ctx } from '../lib/run';
import { aboutOrder, appendOrderEvent, casOrder, notifyRoleIn, withOrder } from './history';
import { myPart } from './parts';

export async function requestWorkOrderExtension(ctx: Ctx, o: { orderId: number; version: number; workdays: number; reason: string }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('requestWorkOrderExtension', order.state, ctx.actor.role, order.state);
    const part = await myPart(tx, scope, order, { lead: true });
    if (order.extensionRequest) throw domainError('HOTLINE_EXTENSION_PENDING');
    const request = { workdays: o.workdays, reason: o.reason, unitId: part.unitId, unitName: part.unitName, requestedAt: now.toISOString() };
    const row = await casOrder(tx, order, o.version, { extensionRequest: request }, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'extensionRequested',
      fromState: order.state,
      toState: order.state,
      payload: { unit: part.unitName, workdays: o.workdays, reason: o.reason },
    });
    await notifyRoleIn(tx, order.congressId, ['hotlineOffice'], {
      type: 'hotlineExtensionRequested',
      payload: { ...aboutOrder(order), unitName: part.unitName, workdays: o.workdays, reason: o.reason },
    });
    return row;
  });
}
