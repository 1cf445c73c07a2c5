/**
 * 督办抽查 (R-LINE-2): a supervisor records a check on one of the order's supervisions — the city's
 * liaison office and supervisors on any of them (a committee member's own committee's first), a
 * county's liaison office or supervisors and a township's presidium on the 属地督办 of their place.
 * The check is appended to the supervision's list; the order's version moves so that pages refresh.
 */
import { eq, sql } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { ROLE_LABELS } from '../../../domain/items/roles';
import { checkTransition } from '../../../domain/items/transitions';
import { supervisionInReach } from '../../auth/hotline-scope';
import { workOrderSupervisions } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { appendOrderEvent, casOrder, withOrder } from './history';

export async function spotCheckWorkOrder(ctx: Ctx, o: { orderId: number; version: number; supervisionId?: number; note: string }) {
  return withOrder(ctx, o.orderId, o.version, async (tx, order, scope, now) => {
    checkTransition('spotCheckWorkOrder', order.state, ctx.actor.role, order.state);
    const all = await tx.select().from(workOrderSupervisions).where(eq(workOrderSupervisions.orderId, order.id)).for('update');
    const inReach = all.filter((s) => supervisionInReach(scope, order, s));
    const prefer = (s: (typeof all)[number]) =>
      (s.closedAt === null ? 4 : 0) +
      (s.committeeId !== null && s.committeeId === ctx.actor.organizationId ? 2 : 0) +
      (s.kind === 'joint' && ctx.actor.role === 'liaisonOffice' ? 1 : 0);
    const target =
      o.supervisionId !== undefined ? inReach.find((s) => s.id === o.supervisionId) : [...inReach].sort((a, b) => prefer(b) - prefer(a) || b.id - a.id)[0];
    if (!target) throw domainError('HOTLINE_NO_SUPERVISION');
    const check = { at: now.toISOString(), by: ctx.actor.name, role: ROLE_LABELS[ctx.actor.userRole], note: o.note };
    await tx
      .update(workOrderSupervisions)
      .set({ checks: sql`${workOrderSupervisions.checks} || ${JSON.stringify([check])}::jsonb` })
      .where(eq(workOrderSupervisions.id, target.id));
    const row = await casOrder(tx, order, o.version, {}, now);
    await appendOrderEvent(tx, ctx, {
      orderId: order.id,
      type: 'spotChecked',
      fromState: order.state,
      toState: order.state,
      payload: { supervisionId: target.id, kind: target.kind, note: o.note },
    });
    return row;
  });
}
