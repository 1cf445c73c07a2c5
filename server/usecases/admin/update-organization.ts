import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { adminCongressOf } from '../../auth/admin-congress';
import { organizations, tasks } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';
import { checkDivisionParent, checkOrganizationName } from './organization-checks';

/**
 * Renames an organization, or moves a division to another handling unit, or
 * marks a unit as a government unit or not (§1). A division that already
 * carries a responsibility breakdown stays in its unit, so no item's
 * breakdown points across units.
 */
export async function updateOrganization(
  ctx: Ctx,
  o: { organizationId: number; name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean },
) {
  const congressId = adminCongressOf(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx
      .select()
      .from(organizations)
      .where(and(eq(organizations.id, o.organizationId), eq(organizations.congressId, congressId)))
      .for('update');
    if (!before) throw domainError('UNKNOWN_ORGANIZATION', { variant: 'organization' });
    const parentId = before.kind === 'division' ? (o.parentId ?? before.parentId) : null;
    if (before.kind !== 'division' && o.parentId) throw domainError('UNEXPECTED_PARENT');
    if (before.kind === 'division' && parentId !== before.parentId) {
      await checkDivisionParent(tx, congressId, parentId);
      const [used] = await tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.divisionId, before.id)).limit(1);
      if (used) throw domainError('DIVISION_IN_USE');
    }
    if (o.isGovernment !== undefined && before.kind !== 'unit' && o.isGovernment !== before.isGovernment) {
      throw domainError('NOT_A_UNIT');
    }
    await checkOrganizationName(tx, congressId, before.kind, o.name, before.id);
    const [row] = await tx
      .update(organizations)
      .set({
        name: o.name,
        shortName: o.shortName === undefined ? before.shortName : o.shortName,
        parentId,
        isGovernment: o.isGovernment ?? before.isGovernment,
      })
      .where(eq(organizations.id, before.id))
      .returning();
    await writeAudit(tx, ctx, 'updateOrganization', {
      id: row.id,
      kind: row.kind,
      from: { name: before.name, parentId: before.parentId, isGovernment: before.isGovernment },
      to: { name: row.name, parentId: row.parentId, isGovernment: row.isGovernment },
    });
    return row;
  });
}
