import { eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { partOf, type Role } from '../../../domain/items/roles';
import { adminCongressOf } from '../../auth/admin-congress';
import { users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { checkUserScope, inTransaction, writeAudit } from './admin-scope';
import { createUser } from './create-user';

/**
 * A user with a role and an organization scope: unit staff belong to a unit,
 * a deputy account to a deputy, office staff to their office.
 */
export async function createAccount(
  ctx: Ctx,
  o: { username: string; password: string; displayName: string; role: Role; organizationId?: number | null; deputyId?: number | null },
) {
  const congressId = adminCongressOf(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    await checkUserScope(tx, congressId, o);
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.username, o.username));
    if (exists) throw domainError('USERNAME_TAKEN');
    const row = await createUser(tx, { ...o, deputyId: partOf(o.role) === 'deputy' ? o.deputyId : null, congressId });
    await writeAudit(tx, ctx, 'createUser', { id: row.id, username: o.username, role: o.role });
    const { passwordHash: _h, ...safe } = row;
    return safe;
  });
}
