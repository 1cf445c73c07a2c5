/**
 * What the hotline channel's use cases share (issue 15): one transaction per change with the order
 * row locked and the version the client saw checked, the compare-and-set of the order, its history
 * (work_order_events), the rules and calendar its clocks follow, and the notices to the outbox.
 */
import { and, eq, sql } from 'drizzle-orm';
import { staleVersion } from '../../../domain/errors';
import type { WorkOrderEventType } from '../../../domain/hotline/events';
import type { WorkOrderRules } from '../../../domain/hotline/clocks';
import type { WorkdayCalendar } from '../../../domain/deadlines';
import type { Role } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import { hotlineScope, readOrder, type HotlineScope, type WorkOrderRow } from '../../auth/hotline-scope';
import { queryRows, type Db } from '../../db/client';
import { workOrderEvents, workOrders } from '../../db/schema';
import type { MessageType } from '../../notifications/templates';
import { loadCalendar } from '../../rules/calendar';
import { loadRules } from '../../rules/rules-profile';
import { notify } from '../lib/history';
import { nowOf, type Ctx } from '../lib/run';

export interface OrderEventInput {
  orderId: number;
  type: WorkOrderEventType;
  fromState?: string | null;
  toState?: string | null;
  payload?: Record<string, unknown>;
}

/** Who an event names when no user acts: the 12345 platform pushing an order through its key. */
export interface EventActor {
  actor: Actor | null;
  now?: Date;
  /** the name and role the history shows for an actor that is not a user (the platform) */
  as?: { name: string; role: string };
}

/** Appends one event (who, when, what, before/after) to the order's history; `when` is the context's clock. */
export async function appendOrderEvent(tx: Db, ctx: EventActor, e: OrderEventInput): Promise<void> {
  await tx.insert(workOrderEvents).values({
    orderId: e.orderId,
    type: e.type,
    actorUserId: ctx.actor?.userId ?? null,
    actorRole: ctx.as?.role ?? ctx.actor?.userRole ?? 'system',
    actorName: ctx.as?.name ?? ctx.actor?.name ?? '系统',
    at: ctx.now ?? new Date(),
    fromState: e.fromState ?? null,
    toState: e.toState ?? null,
    payload: e.payload ?? {},
  });
}

/** Compare-and-set on an order: applies only if the version and the state are still what the caller saw; else 409. */
export async function casOrder(
  tx: Db,
  row: WorkOrderRow,
  expectedVersion: number,
  patch: Partial<typeof workOrders.$inferInsert>,
  now: Date,
): Promise<WorkOrderRow> {
  const [out] = await tx
    .update(workOrders)
    .set({ ...patch, version: sql`${workOrders.version} + 1`, updatedAt: now })
    .where(and(eq(workOrders.id, row.id), eq(workOrders.version, expectedVersion), eq(workOrders.state, row.state)))
    .returning();
  if (!out) throw staleVersion();
  return out;
}

/**
 * Runs a change of one order in one transaction: the actor's scope, the order row locked FOR UPDATE
 * (an order outside the scope is 404), the version the client saw (stale → 409 before anything else).
 */
export async function withOrder<T>(
  ctx: Ctx,
  orderId: number,
  version: number | undefined,
  fn: (tx: Db, order: WorkOrderRow, scope: HotlineScope, now: Date) => Promise<T>,
): Promise<T> {
  const scope = await hotlineScope(ctx.db, ctx.actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const order = await readOrder(tx, scope, orderId, true);
    if (version !== undefined && order.version !== version) throw staleVersion();
    return fn(tx, order, scope, nowOf(ctx));
  });
}

/** The clocks' rules (the rules profile's `workOrder` card for the order's year) and the congress's workday calendar. */
export async function orderRules(tx: Db, order: Pick<WorkOrderRow, 'congressId' | 'year'>): Promise<{ rules: WorkOrderRules; cal: WorkdayCalendar }> {
  const [r, cal] = [await loadRules(tx, order.congressId, order.year), await loadCalendar(tx, order.congressId)];
  return { rules: r.values.workOrder, cal };
}

/** What every notice about an order carries: its number and category (the templates name the order by them). */
export const aboutOrder = (o: Pick<WorkOrderRow, 'id' | 'number' | 'category'>) => ({ orderId: o.id, orderNumber: o.number, category: o.category });

/**
 * A notice to every account of `roles` in a body (their own place, or a membership there): the hotline
 * office, a county's liaison office, a township's presidium. One outbox row per account, so that it
 * reaches exactly them.
 */
export async function notifyRoleIn(
  tx: Db,
  congressId: number,
  roles: readonly Role[],
  n: { type: MessageType; payload: Record<string, unknown>; dedupeKey?: string },
): Promise<number> {
  const list = sql.join(
    roles.map((r) => sql`${r}`),
    sql`, `,
  );
  const users = await queryRows<{ id: number }>(
    tx,
    sql`select id from users where role in (${list}) and congress_id = ${congressId} and disabled_at is null
        union
        select m.user_id from user_memberships m join users u on u.id = m.user_id
        where m.role in (${list}) and m.congress_id = ${congressId} and u.disabled_at is null
        order by 1`,
  );
  let sent = 0;
  for (const u of users) {
    const ok = await notify(tx, {
      type: n.type,
      congressId,
      recipientUserId: u.id,
      payload: n.payload,
      dedupeKey: n.dedupeKey ? `${n.dedupeKey}:u${u.id}` : undefined,
    });
    if (ok) sent++;
  }
  return sent;
}

/** A notice to a unit's staff (or a committee's members): the users of the organization. */
export async function notifyOrg(tx: Db, congressId: number, orgId: number, n: { type: MessageType; payload: Record<string, unknown>; dedupeKey?: string }) {
  return notify(tx, { type: n.type, congressId, recipientOrgId: orgId, payload: n.payload, dedupeKey: n.dedupeKey });
}
