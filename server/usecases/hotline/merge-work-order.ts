/**
 * 并单 (issue 15 §4): an order that repeats another's problem is merged into it. The duplicate ends
 * in 已并单 pointing at the other (merged_into_id), its live unit parts withdrawn; the other's history
 * notes which order joined it. Both rows are locked in id order, so two merges never deadlock.
 */
import { and, eq, sql } from 'drizzle-orm';
import { domainError, forbidden, notFound, staleVersion } from '../../../domain/errors';
import { WORK_ORDER_DONE_STATES, type WorkOrderState } from '../../../domain/hotline/orders';
import { checkTransition } from '../../../domain/items/transitions';
import { hotlineScope, ordersInScope, type WorkOrderRow } from '../../auth/hotline-scope';
import type { Db } from '../../db/client';
import { workOrders, workOrderUnits } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendOrderEvent, casOrder } from './history';

const targetError = (variant: 'self' | 'unknown' | 'done') =>
  domainError('HOTLINE_MERGE_TARGET', { variant }, [{ field: 'intoOrderId', message: domainError('HOTLINE_MERGE_TARGET', { variant }).message }]);

export async function mergeWorkOrder(ctx: Ctx, o: { orderId: number; version: number; intoOrderId: number; note?: string | null }) {
  const scope = await hotlineScope(ctx.db, ctx.actor);
  const now = nowOf(ctx);
  if (o.intoOrderId === o.orderId) throw targetError('self');
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const ids = [o.orderId, o.intoOrderId].sort((a, b) => a - b);
    const rows: WorkOrderRow[] = [];
    for (const id of ids) {
      const [r] = await tx
        .select()
        .from(workOrders)
        .where(and(eq(workOrders.id, id), ordersInScope(scope)))
        .for('update');
      if (r) rows.push(r);
    }
    const order = rows.find((r) => r.id === o.orderId);
    if (!order) throw notFound('工单');
    if (order.version !== o.version) throw staleVersion();
    checkTransition('mergeWorkOrder', order.state, ctx.actor.role, 'merged');
    if (scope.kind !== 'office') throw forbidden();
    const into = rows.find((r) => r.id === o.intoOrderId);
    if (!into || into.congressId !== order.congressId) throw targetError('unknown');
    if (WORK_ORDER_DONE_STATES.includes(into.state as WorkOrderState)) throw targetError('done');
    await tx
      .update(workOrderUnits)
      .set({ state: 'withdrawn', version: sql`${workOrderUnits.version} + 1` })
      .where(and(eq(workOrderUnits.orderId, order.id), eq(workOrderUnits.state, 'assigned')));
    const row = await casOrder(tx, order, o.version, { state: 'merged', mergedIntoId: into.id }, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'merged',
      fromState: order.state,
      toState: 'merged',
      payload: { intoId: into.id, intoNumber: into.number, note: o.note ?? null },
    });
    await appendOrderEvent(tx, ctx, { orderId: into.id, type: 'mergedFrom', payload: { fromId: order.id, fromNumber: order.number, note: o.note ?? null } });
    return row;
  });
}
