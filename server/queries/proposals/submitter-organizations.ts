import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';

/**
 * R-CPPCC-1 集体提案: the organizations of a CPPCC committee that submit in their own name — participating
 * parties and people's organizations, special committees. A member may submit for the one they are the
 * contact member of (their account's organization); the proposal committee enters for any of them.
 */
export async function listSubmitterOrganizations(db: Db, actor: Actor) {
  if (actor.body !== 'cppcc' || actor.congressId === null) return [];
  const own = actor.role === 'deputy' ? [eq(organizations.id, actor.organizationId ?? -1)] : [];
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .where(
      and(
        eq(organizations.congressId, actor.congressId),
        inArray(organizations.kind, ['participatingOrganization', 'committee']),
        eq(organizations.active, true),
        ...own,
      ),
    )
    .orderBy(asc(organizations.kind), asc(organizations.id));
  return rows as { id: number; name: string; kind: 'participatingOrganization' | 'committee' }[];
}
