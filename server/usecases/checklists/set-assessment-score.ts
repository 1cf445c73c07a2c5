import { roundPoints, type IndicatorKey } from '../../../domain/checklists/scoring';
import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { countyOfficeScope, townshipsOf } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { assessmentScores } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, casAssessment, checkTownships, lockAssessment, pointsOutOfRange } from './history';

/**
 * The county liaison office scores one township on one indicator by hand, with a reason (replacing the
 * automatic score; null puts the automatic one back). The reason goes into the history.
 */
export async function setAssessmentScore(
  ctx: Ctx,
  o: { year: number; version: number; townshipId: number; indicator: IndicatorKey; points: number | null; reason: string },
): Promise<{ version: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  const townships = await townshipsOf(ctx.db, scope.countyId);
  checkTownships([o.townshipId], townships, 'townshipId');
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const a = await lockAssessment(tx, scope.countyId, o.year);
    checkChecklistTransition('scoreAssessment', a.state, ctx.actor.role);
    const max = a.indicators.find((i) => i.key === o.indicator)?.points ?? 0;
    const points = o.points === null ? null : roundPoints(o.points);
    if (points !== null && points > max) throw pointsOutOfRange(max, 'points');
    const at = nowOf(ctx);
    const row = await casAssessment(tx, a, o.version, {}, at);
    await tx
      .insert(assessmentScores)
      .values({
        assessmentId: a.id,
        townshipCongressId: o.townshipId,
        indicator: o.indicator,
        manualPoints: points,
        reason: o.reason,
        updatedBy: ctx.actor.userId,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: [assessmentScores.assessmentId, assessmentScores.townshipCongressId, assessmentScores.indicator],
        set: { manualPoints: points, reason: o.reason, updatedBy: ctx.actor.userId, updatedAt: at },
      });
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'setAssessmentScore',
      townshipId: o.townshipId,
      payload: { year: o.year, township: townships.find((t) => t.id === o.townshipId)!.name, indicator: o.indicator, points, reason: o.reason },
    });
    return { version: row.version };
  });
}
