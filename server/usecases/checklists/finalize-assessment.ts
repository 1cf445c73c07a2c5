import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { INDICATOR_KEYS } from '../../../domain/checklists/scoring';
import { todayInShanghai } from '../../../domain/deadlines';
import { countyOfficeScope, townshipsOf } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { assessmentScores } from '../../db/schema';
import { autoScores } from '../../queries/checklists/assessment';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, casAssessment, lockAssessment } from './history';

/**
 * Finalizes a year's assessment (定稿): the automatic scores as they stand are kept with what they
 * rested on, so the score sheet and the ranking no longer move; the year's report rows are locked.
 */
export async function finalizeAssessment(ctx: Ctx, o: { year: number; version: number }): Promise<{ version: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const a = await lockAssessment(tx, scope.countyId, o.year);
    checkChecklistTransition('finalizeAssessment', a.state, ctx.actor.role, 'finalized');
    const at = nowOf(ctx);
    const townships = await townshipsOf(tx, scope.countyId);
    const scores = await autoScores(tx, scope.countyId, o.year, townships, a.indicators, todayInShanghai(at));
    const row = await casAssessment(tx, a, o.version, { state: 'finalized', finalizedAt: at }, at);
    for (const t of townships) {
      for (const key of INDICATOR_KEYS) {
        const s = scores.get(t.id)!.get(key)!;
        await tx
          .insert(assessmentScores)
          .values({
            assessmentId: a.id,
            townshipCongressId: t.id,
            indicator: key,
            autoPoints: s.auto,
            autoBasis: s.basis,
            updatedBy: ctx.actor.userId,
            updatedAt: at,
          })
          .onConflictDoUpdate({
            target: [assessmentScores.assessmentId, assessmentScores.townshipCongressId, assessmentScores.indicator],
            set: { autoPoints: s.auto, autoBasis: s.basis },
          });
      }
    }
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'finalizeAssessment',
      fromState: 'draft',
      toState: 'finalized',
      payload: { year: o.year, townships: townships.length },
    });
    return { version: row.version };
  });
}
