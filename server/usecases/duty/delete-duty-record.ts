import { and, eq, isNull } from 'drizzle-orm';
import { mayEnterDuty } from '../../../domain/duty/permissions';
import { forbidden, staleVersion } from '../../../domain/errors';
import { dutyScope, readDutyRecord } from '../../auth/duty-scope';
import type { Db } from '../../db/client';
import { dutyRecords } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';

/** Deletes an entered record, with the version the user saw: the row stays, marked deleted (the trail), and no longer counts. */
export async function deleteDutyRecord(ctx: Ctx, o: { recordId: number; version: number }): Promise<{ ok: true }> {
  if (!mayEnterDuty(ctx.actor.role)) throw forbidden();
  const scope = dutyScope(ctx.actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const cur = await readDutyRecord(tx, scope, o.recordId, true);
    if (cur.deletedAt !== null || cur.version !== o.version) throw staleVersion();
    const [gone] = await tx
      .update(dutyRecords)
      .set({ deletedAt: nowOf(ctx) })
      .where(and(eq(dutyRecords.id, cur.id), eq(dutyRecords.version, o.version), isNull(dutyRecords.deletedAt)))
      .returning({ id: dutyRecords.id });
    if (!gone) throw staleVersion();
    return { ok: true as const };
  });
}
