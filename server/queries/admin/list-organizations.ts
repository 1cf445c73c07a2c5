import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { adminCongressOf } from '../../auth/admin-congress';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';

/**
 * Every organization of the administrator's congress (offices, handling units
 * and their divisions, delegations, committees), flat with parentId, and how
 * many users and deputies belong to each — the organization tree's data.
 */
export async function listOrganizations(db: Db, actor: Actor) {
  const congressId = adminCongressOf(actor);
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
