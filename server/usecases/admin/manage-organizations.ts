import { and, asc, eq, sql } from 'drizzle-orm';
import { invalid } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { organizations, tasks } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { adminCongressOf, inTransaction, writeAudit } from './admin-scope';
import { checkDivisionParent, checkOrganizationName } from './manage-directory';

/**
 * Every organization of the administrator's congress (offices, handling units
 * and their divisions, delegations, committees), flat with parentId, and how
 * many users and deputies belong to each — the organization tree's data.
 */
export async function listOrganizations(db: Db, ctx: Ctx) {
  const congressId = adminCongressOf(ctx);
  return db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      name: organizations.name,
      shortName: organizations.shortName,
      parentId: organizations.parentId,
      isGovernment: organizations.isGovernment,
      active: organizations.active,
      // Qualified by hand: inside a select list drizzle writes a bare "id", which the subquery would take as its own.
      userCount: sql<number>`(select count(*)::int from users u where u.organization_id = "organizations"."id")`,
      deputyCount: sql<number>`(select count(*)::int from deputies d where d.delegation_id = "organizations"."id")`,
    })
    .from(organizations)
    .where(eq(organizations.congressId, congressId))
    .orderBy(asc(organizations.id));
}

/**
 * Renames an organization, or moves a division to another handling unit, or
 * marks a unit as a government unit or not (§1). A division that already
 * carries a responsibility breakdown stays in its unit, so no item's
 * breakdown points across units.
 */
export async function updateOrganization(ctx: Ctx, o: { organizationId: number; name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean }) {
  const congressId = adminCongressOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx
      .select()
      .from(organizations)
      .where(and(eq(organizations.id, o.organizationId), eq(organizations.congressId, congressId)))
      .for('update');
    if (!before) throw invalid('UNKNOWN_ORGANIZATION', '机构不存在');
    const parentId = before.kind === 'division' ? (o.parentId ?? before.parentId) : null;
    if (before.kind !== 'division' && o.parentId) throw invalid('UNEXPECTED_PARENT', '只有处室需要上级单位');
    if (before.kind === 'division' && parentId !== before.parentId) {
      await checkDivisionParent(tx, congressId, parentId);
      const [used] = await tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.divisionId, before.id)).limit(1);
      if (used) throw invalid('DIVISION_IN_USE', '该处室已承担建议的责任分解，不能调整到其他单位；可新增处室');
    }
    if (o.isGovernment !== undefined && before.kind !== 'unit' && o.isGovernment !== before.isGovernment) {
      throw invalid('NOT_A_UNIT', '只有承办单位区分政府部门与非政府部门');
    }
    await checkOrganizationName(tx, congressId, before.kind, o.name, before.id);
    const [row] = await tx
      .update(organizations)
      .set({ name: o.name, shortName: o.shortName === undefined ? before.shortName : o.shortName, parentId, isGovernment: o.isGovernment ?? before.isGovernment })
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
