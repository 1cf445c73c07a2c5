/**
 * A unit's part on an order (work_order_units): the unit acts on its own live part only, and what
 * only the lead unit (牵头) does — finishing, answering the deputy, an extension — needs the lead part.
 */
import { and, asc, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import type { HotlineScope, WorkOrderRow } from '../../auth/hotline-scope';
import type { Db } from '../../db/client';
import { organizations, workOrderUnits } from '../../db/schema';

export type UnitPart = typeof workOrderUnits.$inferSelect & { unitName: string };

/** The parts of an order still working on it, lead first. */
export async function liveParts(tx: Db, orderId: number): Promise<UnitPart[]> {
  const rows = await tx
    .select({ part: workOrderUnits, unitName: organizations.name })
    .from(workOrderUnits)
    .innerJoin(organizations, eq(organizations.id, workOrderUnits.unitId))
    .where(and(eq(workOrderUnits.orderId, orderId), eq(workOrderUnits.state, 'assigned')))
    .orderBy(asc(workOrderUnits.id));
  return rows.map((r) => ({ ...r.part, unitName: r.unitName })).sort((a, b) => Number(b.isLead) - Number(a.isLead));
}

/** The acting unit's live part, locked (HOTLINE_UNIT_PART when it has none, or `lead` is asked and it does not lead). */
export async function myPart(tx: Db, scope: HotlineScope, order: WorkOrderRow, opts: { lead?: boolean } = {}): Promise<UnitPart> {
  if (scope.kind !== 'unit') throw domainError('HOTLINE_UNIT_PART', { variant: 'notAssigned' });
  const [row] = await tx
    .select({ part: workOrderUnits, unitName: organizations.name })
    .from(workOrderUnits)
    .innerJoin(organizations, eq(organizations.id, workOrderUnits.unitId))
    .where(and(eq(workOrderUnits.orderId, order.id), eq(workOrderUnits.unitId, scope.unitId), eq(workOrderUnits.state, 'assigned')))
    .for('update', { of: workOrderUnits });
  if (!row) throw domainError('HOTLINE_UNIT_PART', { variant: 'notAssigned' });
  if (opts.lead && !row.part.isLead) throw domainError('HOTLINE_UNIT_PART', { variant: 'leadOnly' });
  return { ...row.part, unitName: row.unitName };
}
