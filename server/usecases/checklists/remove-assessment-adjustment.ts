import { and, eq, sql } from 'drizzle-orm';
import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { notFound } from '../../../domain/errors';
import { countyOfficeScope, townshipName } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { assessmentAdjustments } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, casAssessment, lockAssessment } from './history';

/** Takes back a bonus or deduction while the assessment is a draft; the history keeps what it was and why. */
export async function removeAssessmentAdjustment(ctx: Ctx, o: { year: number; adjustmentId: number; version: number }): Promise<{ version: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const a = await lockAssessment(tx, scope.countyId, o.year);
    checkChecklistTransition('scoreAssessment', a.state, ctx.actor.role);
    const row = await casAssessment(tx, a, o.version, {}, nowOf(ctx));
    const [gone] = await tx
      .delete(assessmentAdjustments)
      .where(and(eq(assessmentAdjustments.id, o.adjustmentId), eq(assessmentAdjustments.assessmentId, a.id)))
      .returning();
    if (!gone) throw notFound('加分或扣分记录');
    const [t] = await queryRows<{ name: string }>(tx, sql`select name from congresses where id = ${gone.townshipCongressId}`);
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'removeAssessmentAdjustment',
      townshipId: gone.townshipCongressId,
      payload: { year: o.year, township: townshipName(t.name), kind: gone.kind, item: gone.item, points: gone.points, reason: gone.reason },
    });
    return { version: row.version };
  });
}
