import { and, eq } from 'drizzle-orm';
import { domainError, fieldError } from '../../../domain/errors';
import { countyOfficeScope, leadersOf, townshipsOf } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { guidancePairings } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, checkTownships } from './history';

/** The county liaison office pairs a county leader with a township (联点指导). */
export async function pairLeader(ctx: Ctx, o: { leaderUserId: number; townshipId: number }): Promise<{ id: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  const townships = await townshipsOf(ctx.db, scope.countyId);
  checkTownships([o.townshipId], townships, 'townshipId');
  const leader = (await leadersOf(ctx.db, scope.countyId)).find((l) => l.id === o.leaderUserId);
  if (!leader) throw fieldError('UNKNOWN_LEADER_ACCOUNT', 'leaderUserId');
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const [clash] = await tx
      .select({ id: guidancePairings.id })
      .from(guidancePairings)
      .where(and(eq(guidancePairings.leaderUserId, o.leaderUserId), eq(guidancePairings.townshipCongressId, o.townshipId)));
    if (clash) throw domainError('PAIRING_EXISTS');
    const [row] = await tx
      .insert(guidancePairings)
      .values({
        congressId: scope.countyId,
        leaderUserId: o.leaderUserId,
        townshipCongressId: o.townshipId,
        createdBy: ctx.actor.userId,
        createdAt: nowOf(ctx),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw domainError('PAIRING_EXISTS');
    const township = townships.find((t) => t.id === o.townshipId)!;
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'pairLeader',
      townshipId: o.townshipId,
      payload: { pairingId: row.id, leaderName: leader.name, township: township.name },
    });
    return { id: row.id };
  });
}
