/**
 * 派单 (R-LINE-1): the hotline office dispatches an order to one or more units of the congress, one of
 * them leading (牵头). The clocks start and are stored with the order: the contact within
 * `contactHours` clock hours, the 退单 window, the finishing day (an urgent order the same day, a
 * general one `handleWorkdays` working days on, by the official calendar with its 调休).
 * From `returned` it is 改派: the returned part stays recorded, parts still live are withdrawn.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { fieldError, forbidden } from '../../../domain/errors';
import { contactDueAt, dayOf, finishDue, returnUntil } from '../../../domain/hotline/clocks';
import { checkTransition } from '../../../domain/items/transitions';
import type { Db } from '../../db/client';
import { organizations, workOrderUnits } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { aboutOrder, appendOrderEvent, casOrder, notifyOrg, orderRules, withOrder } from './history';
import { liveParts } from './parts';

/** The active units of the congress among `ids`, else HOTLINE_UNKNOWN_UNIT beside `field`. */
async function unitsOf(tx: Db, congressId: number, ids: number[], field: string) {
  if (!ids.length) return [];
  const rows = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), eq(organizations.congressId, congressId), eq(organizations.kind, 'unit'), eq(organizations.active, true)));
  if (rows.length !== new Set(ids).size) throw fieldError('HOTLINE_UNKNOWN_UNIT', field);
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

export async function dispatchWorkOrder(ctx: Ctx, o: { orderId: number; version: number; leadUnitId: number; coUnitIds: number[]; note?: string | null }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('dispatchWorkOrder', order.state, ctx.actor.role, 'dispatched');
    if (scope.kind !== 'office') throw forbidden();
    const [lead] = await unitsOf(tx, order.congressId, [o.leadUnitId], 'leadUnitId');
    const co = await unitsOf(tx, order.congressId, o.coUnitIds, 'coUnitIds');
    // 改派: whoever still holds a live part of the earlier dispatch lets it go; a returned part keeps its record.
    const withdrawn = await liveParts(tx, order.id);
    if (withdrawn.length) {
      await tx
        .update(workOrderUnits)
        .set({ state: 'withdrawn', version: sql`${workOrderUnits.version} + 1` })
        .where(
          and(
            eq(workOrderUnits.orderId, order.id),
            eq(workOrderUnits.state, 'assigned'),
            inArray(
              workOrderUnits.id,
              withdrawn.map((p) => p.id),
            ),
          ),
        );
    }
    await tx
      .insert(workOrderUnits)
      .values([
        { orderId: order.id, unitId: lead.id, isLead: true, assignedAt: now },
        ...co.map((u) => ({ orderId: order.id, unitId: u.id, isLead: false, assignedAt: now })),
      ]);
    const { rules, cal } = await orderRules(tx, order);
    const due = finishDue(dayOf(now), order.urgency as 'urgent' | 'general', cal, rules);
    const contactDue = contactDueAt(now, rules);
    const row = await casOrder(
      tx,
      order,
      o.version,
      {
        state: 'dispatched',
        dispatchedAt: now,
        contactDueAt: contactDue,
        contactedAt: null,
        returnUntil: returnUntil(now, rules),
        finishDue: due.date,
        finishDueProvisional: due.provisional,
        extensionWorkdays: 0,
        extensionRequest: null,
        urgedOn: null,
        bulletinedOn: null,
      },
      now,
    );
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'dispatched',
      fromState: order.state,
      toState: 'dispatched',
      payload: {
        reassigned: order.state === 'returned',
        lead: lead.name,
        co: co.map((u) => u.name),
        withdrawn: withdrawn.map((p) => p.unitName),
        finishDue: due.date,
        contactDueAt: contactDue.toISOString(),
        note: o.note ?? null,
      },
    });
    for (const [u, isLead] of [[lead, true] as const, ...co.map((u) => [u, false] as const)]) {
      await notifyOrg(tx, order.congressId, u.id, {
        type: 'hotlineOrderDispatched',
        payload: { ...aboutOrder(order), isLead, contactHours: rules.contactHours, urgent: order.urgency === 'urgent', finishDue: due.date },
      });
    }
    return row;
  });
}
