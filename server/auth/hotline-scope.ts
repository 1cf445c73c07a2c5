/**
 * Who sees which hotline work order (issue 15 §8), shared by reads (queries/hotline) and writes
 * (usecases/hotline): the hotline office every order of its congress; a unit the orders dispatched
 * to it (its live part, or the part it returned); a deputy their own calls; the congress's liaison
 * office and supervisors all of its orders; a county's liaison office or supervisors, or a township's
 * presidium, the orders whose place (属地, R-LINE-2) is their body or a body below it. Nobody else
 * sees any, and an order outside the scope is "not found" (404), never "forbidden".
 */
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { WorkOrderRelation } from '../../domain/hotline/available-actions';
import { forbidden, notFound } from '../../domain/errors';
import { UNIT_ROLES } from '../../domain/items/roles';
import { queryRows, type Db } from '../db/client';
import { workOrders, workOrderUnits } from '../db/schema';
import type { Actor } from './actor';

export type HotlineScope =
  /** the hotline office (市长热线办) of the congress */
  | { kind: 'office'; congressId: number }
  /** a liaison office or supervisors: their congress's orders, and those located in their body or below */
  | { kind: 'congress'; congressId: number; placeIds: number[] }
  /** a township's presidium: the orders located in its township */
  | { kind: 'place'; congressId: number; placeIds: number[] }
  /** a unit's staff: the orders dispatched to it */
  | { kind: 'unit'; congressId: number; unitId: number }
  /** a deputy: their own calls */
  | { kind: 'deputy'; congressId: number; deputyId: number };

export type WorkOrderRow = typeof workOrders.$inferSelect;

/** The body and the bodies below it (a county's townships; a city's counties and their townships): where a viewer's places are. */
export async function bodiesFrom(db: Db, congressId: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from congresses where body = 'congress' and (id = ${congressId} or parent_id = ${congressId}
          or parent_id in (select id from congresses where parent_id = ${congressId})) order by id`,
  );
  return rows.map((r) => r.id);
}

/** The actor's scope in the hotline channel; FORBIDDEN for roles that see no order. */
export async function hotlineScope(db: Db, actor: Actor): Promise<HotlineScope> {
  const congressId = actor.congressId;
  if (congressId === null) throw forbidden('noCongress');
  if (actor.role === 'hotlineOffice') return { kind: 'office', congressId };
  if (actor.role === 'liaisonOffice' || actor.role === 'supervisor') return { kind: 'congress', congressId, placeIds: await bodiesFrom(db, congressId) };
  if (actor.role === 'townshipPresidium') return { kind: 'place', congressId, placeIds: [congressId] };
  if (UNIT_ROLES.includes(actor.role)) {
    if (actor.organizationId === null) throw forbidden('noOrganization');
    return { kind: 'unit', congressId, unitId: actor.organizationId };
  }
  if (actor.role === 'deputy' && actor.deputyId !== null) return { kind: 'deputy', congressId, deputyId: actor.deputyId };
  throw forbidden();
}

/** The orders a scope sees, as a condition on work_orders. */
export function ordersInScope(s: HotlineScope): SQL {
  switch (s.kind) {
    case 'office':
      return eq(workOrders.congressId, s.congressId);
    case 'congress':
      return or(eq(workOrders.congressId, s.congressId), inArray(workOrders.placeCongressId, s.placeIds))!;
    case 'place':
      return inArray(workOrders.placeCongressId, s.placeIds);
    case 'unit':
      // The returned part stays visible (its unit keeps the record of what it returned); a part withdrawn on 改派 does not.
      return sql`exists (select 1 from ${workOrderUnits} where ${workOrderUnits.orderId} = ${workOrders.id}
        and ${workOrderUnits.unitId} = ${s.unitId} and ${workOrderUnits.state} in ('assigned', 'returned'))`;
    case 'deputy':
      return eq(workOrders.deputyId, s.deputyId);
  }
}

/** An order in the scope (locked FOR UPDATE inside a transaction when asked), or 404. */
export async function readOrder(db: Db, s: HotlineScope, orderId: number, lock = false): Promise<WorkOrderRow> {
  const q = db
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.id, orderId), ordersInScope(s)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('工单');
  return row;
}

/** How the viewer stands to an order they see (the order page's actions and the use cases' checks). */
export function relationTo(s: HotlineScope, order: Pick<WorkOrderRow, 'congressId'>): WorkOrderRelation {
  switch (s.kind) {
    case 'office':
      return 'office';
    case 'unit':
      return 'unit';
    case 'deputy':
      return 'deputy';
    case 'congress':
      return order.congressId === s.congressId ? 'congress' : 'place';
    case 'place':
      return 'place';
  }
}

/** The hotline office of a congress, acting on its own congress's orders, catalogue and keys. */
export function hotlineOfficeOf(actor: Actor): number {
  if (actor.role !== 'hotlineOffice' || actor.congressId === null) throw forbidden();
  return actor.congressId;
}

/**
 * R-LINE-2 抽查: whether a viewer may record a check on one of an order's supervisions — the order's
 * own congress's liaison office and supervisors on any, a place's bodies on the 属地督办 of their place.
 */
export function supervisionInReach(s: HotlineScope, order: Pick<WorkOrderRow, 'congressId'>, sup: { kind: string; placeCongressId: number | null }): boolean {
  const relation = relationTo(s, order);
  if (relation === 'congress') return true;
  if (relation !== 'place' || (s.kind !== 'congress' && s.kind !== 'place')) return false;
  return sup.kind === 'local' && sup.placeCongressId !== null && s.placeIds.includes(sup.placeCongressId);
}
