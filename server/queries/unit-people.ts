import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { forbidden } from '../../domain/errors';
import { UNIT_ROLES } from '../../domain/items/roles';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { users } from '../db/schema';

/**
 * The people of the signed-in user's own unit — its accounts in use, with their role —
 * from which the office picks a breakdown's handler and responsible leader (R-HANDLE-1).
 * Only one's own unit: a unit never lists another's staff.
 */
export async function listUnitPeople(db: Db, actor: Actor) {
  if (!actor.organizationId) throw forbidden('unitsOnly');
  return db
    .select({ id: users.id, name: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.organizationId, actor.organizationId), inArray(users.role, [...UNIT_ROLES]), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName), asc(users.id));
}
