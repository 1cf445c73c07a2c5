import { and, eq } from 'drizzle-orm';
import type { PointRule } from '../../../domain/duty/duty';
import { mayEditDutyRules } from '../../../domain/duty/permissions';
import { completeRules } from '../../../domain/duty/standing';
import { forbidden, staleVersion } from '../../../domain/errors';
import { dutyScope } from '../../auth/duty-scope';
import { dutyPointRules } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';

/**
 * The liaison office sets its congress's points rulebook of a year (R-LINE-4 is the default's hotline
 * line: 1 point a problem, at most 5). The first save makes it (no version); later ones give the version
 * seen, a compare-and-set: a concurrent save is a 409, never a silent overwrite.
 */
export async function savePointRules(ctx: Ctx, o: { year: number; version?: number; rules: PointRule[] }) {
  if (!mayEditDutyRules(ctx.actor.role)) throw forbidden();
  const scope = dutyScope(ctx.actor);
  const rules = completeRules(o.rules);
  const now = nowOf(ctx);
  if (o.version === undefined) {
    const made = await ctx.db
      .insert(dutyPointRules)
      .values({ congressId: scope.congressId, year: o.year, rules, version: 1, updatedAt: now })
      .onConflictDoNothing()
      .returning({ version: dutyPointRules.version });
    if (!made.length) throw staleVersion();
    return made[0];
  }
  const [row] = await ctx.db
    .update(dutyPointRules)
    .set({ rules, version: o.version + 1, updatedAt: now })
    .where(and(eq(dutyPointRules.congressId, scope.congressId), eq(dutyPointRules.year, o.year), eq(dutyPointRules.version, o.version)))
    .returning({ version: dutyPointRules.version });
  if (!row) throw staleVersion();
  return row;
}
