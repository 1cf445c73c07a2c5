/**
 * 回访评价 (R-LINE-1/2): the deputy's rating of the result, taken by the hotline office on a callback
 * or given by the deputy on their own order. 满意 / 基本满意 close the order (and any supervision).
 * 不满意 / 非常不满意 send it to supervision (R-LINE-2) and round again: 对口督办 by the special
 * committee the catalogue names for the category, 属地督办 by the county or township body where the
 * problem is; the units handle it again with a new finishing day, then finish, answer and are rated anew.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { forbidden } from '../../../domain/errors';
import { dayOf, finishDue } from '../../../domain/hotline/clocks';
import {
  isDissatisfied,
  SUPERVISION_KIND_LABELS,
  WORK_ORDER_RATING_LABELS,
  type WorkOrderRating,
  type WorkOrderSupervisionKind,
} from '../../../domain/hotline/orders';
import { checkTransition } from '../../../domain/items/transitions';
import type { WorkOrderRow } from '../../auth/hotline-scope';
import type { Db } from '../../db/client';
import { hotlineCatalogue, workOrderSupervisions } from '../../db/schema';
import { notify } from '../lib/history';
import type { Ctx } from '../lib/run';
import { aboutOrder, appendOrderEvent, casOrder, notifyOrg, notifyRoleIn, orderRules, withOrder } from './history';
import { liveParts } from './parts';

/** R-LINE-2: the committee the dispatch catalogue names for the order's category (by its row, else by the category's name). */
async function committeeFor(tx: Db, order: WorkOrderRow): Promise<number | null> {
  const where =
    order.catalogueId !== null
      ? eq(hotlineCatalogue.id, order.catalogueId)
      : and(eq(hotlineCatalogue.congressId, order.congressId), eq(hotlineCatalogue.category, order.category));
  const [row] = await tx.select({ committeeId: hotlineCatalogue.committeeId }).from(hotlineCatalogue).where(where);
  return row?.committeeId ?? null;
}

export async function rateWorkOrder(ctx: Ctx, o: { orderId: number; version: number; rating: WorkOrderRating; comment?: string | null }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    const dissatisfied = isDissatisfied(o.rating);
    const to = dissatisfied ? 'supervised' : 'closed';
    checkTransition('rateWorkOrder', order.state, ctx.actor.role, to);
    if (scope.kind !== 'office' && scope.kind !== 'deputy') throw forbidden();
    const ratingLabel = WORK_ORDER_RATING_LABELS[o.rating];
    const rated = { rating: o.rating, ratedAt: now, ratingComment: o.comment ?? null, ratedByRole: ctx.actor.userRole };
    const open = await tx
      .select()
      .from(workOrderSupervisions)
      .where(and(eq(workOrderSupervisions.orderId, order.id), isNull(workOrderSupervisions.closedAt)));
    if (!dissatisfied) {
      const row = await casOrder(tx, order, o.version, { state: 'closed', ...rated }, now);
      if (open.length)
        await tx
          .update(workOrderSupervisions)
          .set({ closedAt: now })
          .where(and(eq(workOrderSupervisions.orderId, order.id), isNull(workOrderSupervisions.closedAt)));
      await appendOrderEvent(tx, ctx, {
        orderId: order.id,
        type: 'rated',
        fromState: order.state,
        toState: 'closed',
        payload: { rating: o.rating, comment: o.comment ?? null, round: order.round },
      });
      return row;
    }
    // R-LINE-2: a new round with its own finishing day, counted from today as a dispatch would be.
    const { rules, cal } = await orderRules(tx, order);
    const due = finishDue(dayOf(now), order.urgency as 'urgent' | 'general', cal, rules);
    const row = await casOrder(
      tx,
      order,
      o.version,
      {
        state: 'supervised',
        ...rated,
        round: order.round + 1,
        finishDue: due.date,
        finishDueProvisional: due.provisional,
        extensionWorkdays: 0,
        extensionRequest: null,
        finishedAt: null,
        feedbackDue: null,
        fedBackAt: null,
        feedbackMethod: null,
        urgedOn: null,
        bulletinedOn: null,
      },
      now,
    );
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'rated',
      fromState: order.state,
      toState: 'supervised',
      payload: { rating: o.rating, comment: o.comment ?? null, round: order.round, previousResult: order.result, finishDue: due.date },
    });
    const wanted: { kind: WorkOrderSupervisionKind; committeeId: number | null; placeCongressId: number | null }[] = [
      { kind: 'committee', committeeId: await committeeFor(tx, order), placeCongressId: null },
    ];
    if (order.placeCongressId !== null) wanted.push({ kind: 'local', committeeId: null, placeCongressId: order.placeCongressId });
    const about = { ...aboutOrder(order), ratingLabel };
    for (const w of wanted) {
      // A second dissatisfied rating finds the supervision still open: it goes on, none is opened twice.
      const same = open.find((s) => s.kind === w.kind && s.committeeId === w.committeeId && s.placeCongressId === w.placeCongressId);
      if (same) continue;
      const [s] = await tx
        .insert(workOrderSupervisions)
        .values({
          orderId: order.id,
          kind: w.kind,
          committeeId: w.committeeId,
          placeCongressId: w.placeCongressId,
          note: `代表评价${ratingLabel}`,
          openedAt: now,
        })
        .returning();
      await appendOrderEvent(tx, ctx, {
        orderId: order.id,
        type: 'supervisionOpened',
        payload: { supervisionId: s.id, kind: w.kind, committeeId: w.committeeId, placeCongressId: w.placeCongressId },
      });
      const n = {
        type: 'hotlineOrderSupervised' as const,
        payload: { ...about, kindLabel: SUPERVISION_KIND_LABELS[w.kind] },
        dedupeKey: `hotlineSupervised:${s.id}`,
      };
      if (w.kind === 'committee') {
        // The committee's members, and the liaison office that gathers the committees' supervision each month (seed 002).
        if (w.committeeId !== null) await notifyOrg(tx, order.congressId, w.committeeId, { ...n, dedupeKey: `${n.dedupeKey}:org` });
        await notify(tx, { ...n, congressId: order.congressId, recipientRole: 'liaisonOffice', dedupeKey: `${n.dedupeKey}:liaison` });
      } else {
        await notifyRoleIn(tx, w.placeCongressId!, ['liaisonOffice', 'supervisor', 'townshipPresidium'], n);
      }
    }
    for (const p of await liveParts(tx, order.id)) {
      await notifyOrg(tx, order.congressId, p.unitId, { type: 'hotlineRehandle', payload: { ...about, finishDue: due.date } });
    }
    return row;
  });
}
