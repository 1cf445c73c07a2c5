/**
 * A body's administrator gives a user of another body a place in this one, or takes it back (issue 16 §1):
 * a city deputy who is also a county deputy, a township presidium member who also runs its suggestions.
 * The scope of the place is checked like a user's own (a unit role needs a unit of this body, a deputy a
 * deputy of it); administrators and auditors get no second place. Both changes are audited.
 */
import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { partOf, type Role } from '../../../domain/items/roles';
import { adminCongressOf } from '../../auth/admin-congress';
import { authSessions, userMemberships, users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { checkUserScope, inTransaction, writeAudit } from './admin-scope';

export async function addMembership(ctx: Ctx, o: { username: string; role: Role; organizationId?: number | null; deputyId?: number | null }) {
  const congressId = adminCongressOf(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.username, o.username));
    if (!user) throw domainError('UNKNOWN_USER');
    if (user.congressId === congressId) throw domainError('MEMBER_HERE_ALREADY');
    await checkUserScope(tx, congressId, o);
    const [taken] = await tx
      .select({ id: userMemberships.id })
      .from(userMemberships)
      .where(and(eq(userMemberships.userId, user.id), eq(userMemberships.congressId, congressId), eq(userMemberships.role, o.role)));
    if (taken) throw domainError('MEMBERSHIP_EXISTS');
    const [row] = await tx
      .insert(userMemberships)
      .values({
        userId: user.id,
        congressId,
        role: o.role,
        organizationId: o.organizationId ?? null,
        deputyId: partOf(o.role) === 'deputy' ? (o.deputyId ?? null) : null,
      })
      .returning();
    await writeAudit(tx, ctx, 'addMembership', { id: row.id, username: user.username, role: o.role });
    return { id: row.id };
  });
}

/** Takes a place back; sessions working in it go back to the user's own place with their next request. */
export async function removeMembership(ctx: Ctx, o: { membershipId: number }) {
  const congressId = adminCongressOf(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const [m] = await tx
      .select()
      .from(userMemberships)
      .where(and(eq(userMemberships.id, o.membershipId), eq(userMemberships.congressId, congressId)))
      .for('update');
    if (!m) throw domainError('NOT_FOUND', { what: '工作身份' });
    await tx.update(authSessions).set({ membershipId: null }).where(eq(authSessions.membershipId, m.id));
    await tx.delete(userMemberships).where(eq(userMemberships.id, m.id));
    await writeAudit(tx, ctx, 'removeMembership', { id: m.id, userId: m.userId, role: m.role });
    return { ok: true as const };
  });
}
