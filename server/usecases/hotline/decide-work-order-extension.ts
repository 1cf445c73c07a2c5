/**
 * 审批延期 (issue 15 §5): the hotline office approves the lead unit's request — the finishing day
 * moves on by the working days asked (extensionWorkdays adds up) — or rejects it; the unit is told.
 */
import { domainError, forbidden } from '../../../domain/errors';
import { dayOf } from '../../../domain/hotline/clocks';
import { checkTransition } from '../../../domain/items/transitions';
import type { Ctx } from '../lib/run';
import { aboutOrder, appendOrderEvent, casOrder, notifyOrg, orderRules, withOrder } from './history';

export async function decideWorkOrderExtension(ctx: Ctx, o: { orderId: number; version: number; approve: boolean; note?: string | null }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('decideWorkOrderExtension', order.state, ctx.actor.role, order.state);
    if (scope.kind !== 'office') throw forbidden();
    const request = order.extensionRequest as { workdays: number; reason: string; unitId: number } | null;
    if (!request) throw domainError('HOTLINE_NO_EXTENSION_REQUEST');
    let patch: Parameters<typeof casOrder>[3] = { extensionRequest: null };
    let due = order.finishDue;
    if (o.approve) {
      const { cal } = await orderRules(tx, order);
      // From the day in force, so an extension in a second round (R-LINE-2) moves that round's day.
      const moved = cal.addWorkdays(order.finishDue ?? dayOf(now), request.workdays);
      due = moved.date;
      patch = {
        ...patch,
        finishDue: moved.date,
        finishDueProvisional: order.finishDueProvisional || moved.provisional,
        extensionWorkdays: order.extensionWorkdays + request.workdays,
        // A new deadline: its 催办 and 通报 are counted afresh.
        urgedOn: null,
        bulletinedOn: null,
      };
    }
    const row = await casOrder(tx, order, o.version, patch, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'extensionDecided',
      fromState: order.state,
      toState: order.state,
      payload: { approve: o.approve, workdays: request.workdays, note: o.note ?? null, finishDue: due },
    });
    await notifyOrg(tx, order.congressId, request.unitId, {
      type: 'hotlineExtensionDecided',
      payload: { ...aboutOrder(order), approve: o.approve, note: o.note ?? null, finishDue: due },
    });
    return row;
  });
}
