import { roundPoints, type AdjustmentKind } from '../../../domain/checklists/scoring';
import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { fieldError } from '../../../domain/errors';
import { countyOfficeScope, townshipsOf } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { assessmentAdjustments } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, casAssessment, checkTownships, lockAssessment, pointsOutOfRange } from './history';

/** A bonus or deduction for one township under one of the scheme's items, up to the item's points, with a reason (audited in the history). */
export async function addAssessmentAdjustment(
  ctx: Ctx,
  o: { year: number; version: number; townshipId: number; kind: AdjustmentKind; item: string; points: number; reason: string },
): Promise<{ id: number; version: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  const townships = await townshipsOf(ctx.db, scope.countyId);
  checkTownships([o.townshipId], townships, 'townshipId');
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const a = await lockAssessment(tx, scope.countyId, o.year);
    checkChecklistTransition('scoreAssessment', a.state, ctx.actor.role);
    const item = (o.kind === 'bonus' ? a.bonusItems : a.deductionItems).find((i) => i.name === o.item);
    if (!item) throw fieldError('UNKNOWN_ADJUSTMENT_ITEM', 'item');
    const points = roundPoints(o.points);
    if (points <= 0 || points > item.points) throw pointsOutOfRange(item.points, 'points');
    const at = nowOf(ctx);
    const row = await casAssessment(tx, a, o.version, {}, at);
    const [adj] = await tx
      .insert(assessmentAdjustments)
      .values({
        assessmentId: a.id,
        townshipCongressId: o.townshipId,
        kind: o.kind,
        item: item.name,
        points,
        reason: o.reason,
        createdBy: ctx.actor.userId,
        createdByName: ctx.actor.name,
        createdAt: at,
      })
      .returning();
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'addAssessmentAdjustment',
      townshipId: o.townshipId,
      payload: { year: o.year, township: townships.find((t) => t.id === o.townshipId)!.name, kind: o.kind, item: item.name, points, reason: o.reason },
    });
    return { id: adj.id, version: row.version };
  });
}
