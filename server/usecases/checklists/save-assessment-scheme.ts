import { and, eq, sql } from 'drizzle-orm';
import { INDICATOR_LABELS, roundPoints, type IndicatorKey } from '../../../domain/checklists/scoring';
import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { domainError, staleVersion } from '../../../domain/errors';
import { countyOfficeScope } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { townshipAssessments, type SchemeItem } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, casAssessment } from './history';

export interface SchemeInput {
  year: number;
  /** the version seen; absent when the scheme is made */
  version?: number;
  indicators: { key: IndicatorKey; points: number; evidenceRule: string }[];
  bonusItems: SchemeItem[];
  deductionItems: SchemeItem[];
  bonusCap: number;
}

/**
 * The county liaison office makes or changes a year's assessment scheme (考核方案): each indicator's
 * points and what the assessors check, the bonus and deduction items and the cap on bonuses. Not
 * once finalized; a changed indicator may not fall below a manual score already given under it.
 */
export async function saveAssessmentScheme(ctx: Ctx, o: SchemeInput): Promise<{ version: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  const values = {
    indicators: o.indicators.map((i) => ({ ...i, points: roundPoints(i.points) })),
    bonusItems: o.bonusItems.map((i) => ({ ...i, points: roundPoints(i.points) })),
    deductionItems: o.deductionItems.map((i) => ({ ...i, points: roundPoints(i.points) })),
    bonusCap: roundPoints(o.bonusCap),
  };
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const at = nowOf(ctx);
    const [current] = await tx
      .select()
      .from(townshipAssessments)
      .where(and(eq(townshipAssessments.congressId, scope.countyId), eq(townshipAssessments.year, o.year)))
      .for('update');
    let version: number;
    if (!current) {
      if (o.version !== undefined) throw staleVersion();
      const [row] = await tx
        .insert(townshipAssessments)
        .values({ congressId: scope.countyId, year: o.year, ...values, createdBy: ctx.actor.userId, createdAt: at, updatedAt: at })
        .onConflictDoNothing()
        .returning();
      // Made meanwhile by someone else: this user has not seen it.
      if (!row) throw staleVersion();
      version = row.version;
    } else {
      checkChecklistTransition('scoreAssessment', current.state, ctx.actor.role);
      if (o.version === undefined) throw staleVersion();
      const over = await queryRows<{ indicator: IndicatorKey; points: number }>(
        tx,
        sql`select indicator, max(manual_points)::float8 as points from assessment_scores where assessment_id = ${current.id} and manual_points is not null group by indicator`,
      );
      for (const m of over) {
        const max = values.indicators.find((i) => i.key === m.indicator)?.points ?? 0;
        if (m.points > max) throw domainError('SCHEME_BELOW_MANUAL_SCORE', { indicator: INDICATOR_LABELS[m.indicator], points: m.points });
      }
      version = (await casAssessment(tx, current, o.version, values, at)).version;
    }
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'saveAssessmentScheme',
      payload: {
        year: o.year,
        indicators: values.indicators.length,
        bonusItems: values.bonusItems.length,
        deductionItems: values.deductionItems.length,
        points: Object.fromEntries(values.indicators.map((i) => [INDICATOR_LABELS[i.key], i.points])),
      },
    });
    return { version };
  });
}
