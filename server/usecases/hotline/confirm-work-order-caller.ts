/**
 * The hotline office confirms the deputy matched from the caller's number, or changes the match
 * (another deputy, or none: not a deputy of this congress). No state change; the version guards it.
 */
import { domainError, forbidden } from '../../../domain/errors';
import { mayConfirmCaller } from '../../../domain/hotline/available-actions';
import { relationTo } from '../../auth/hotline-scope';
import type { Ctx } from '../lib/run';
import { appendOrderEvent, casOrder, withOrder } from './history';
import { deputyOf } from './intake';

export async function confirmWorkOrderCaller(ctx: Ctx, o: { orderId: number; version: number; deputyId: number | null }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    const relation = relationTo(scope, order);
    if (!mayConfirmCaller({ role: ctx.actor.role, relation, state: order.state as never })) {
      if (relation === 'office') throw domainError('HOTLINE_ORDER_DONE');
      throw forbidden();
    }
    const deputy = o.deputyId === null ? null : await deputyOf(tx, order.congressId, o.deputyId);
    const row = await casOrder(tx, order, o.version, { deputyId: deputy?.id ?? null, deputyConfirmed: deputy !== null }, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'callerConfirmed',
      payload: { deputyId: deputy?.id ?? null, deputyName: deputy?.name ?? null, changed: order.deputyId !== (deputy?.id ?? null) },
    });
    return row;
  });
}
