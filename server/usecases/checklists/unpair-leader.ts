import { and, eq, sql } from 'drizzle-orm';
import { notFound } from '../../../domain/errors';
import { countyOfficeScope, townshipName } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { guidancePairings } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { appendChecklistEvent } from './history';

/** The county liaison office ends a pairing; the visits already recorded stay. */
export async function unpairLeader(ctx: Ctx, o: { pairingId: number }): Promise<{ ok: true }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const [gone] = await tx
      .delete(guidancePairings)
      .where(and(eq(guidancePairings.id, o.pairingId), eq(guidancePairings.congressId, scope.countyId)))
      .returning();
    if (!gone) throw notFound('联点安排');
    const [names] = await queryRows<{ leader: string; township: string }>(
      tx,
      sql`select (select display_name from users where id = ${gone.leaderUserId}) as leader,
                 (select name from congresses where id = ${gone.townshipCongressId}) as township`,
    );
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'unpairLeader',
      townshipId: gone.townshipCongressId,
      payload: { pairingId: gone.id, leaderName: names.leader, township: townshipName(names.township) },
    });
    return { ok: true as const };
  });
}
