import { and, eq } from 'drizzle-orm';
import { builtinSchedule } from '../../../domain/deadlines';
import { domainError, staleVersion } from '../../../domain/errors';
import { adminCongressOf } from '../../auth/admin-congress';
import { calendarYears } from '../../db/schema';
import { calendarRowsOf } from '../../rules/calendar';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';
import { recomputeForCalendarYear } from './recompute-open-items';

/**
 * Removes the administrator's schedule of a year, so the official one (or,
 * for a year the package does not cover, weekends only and a warning)
 * applies again; working-day deadlines are recomputed in the same transaction.
 */
export async function deleteCalendarYear(ctx: Ctx, o: { year: number; version?: number }) {
  const congressId = adminCongressOf(ctx.actor);
  const mine = and(eq(calendarYears.congressId, congressId), eq(calendarYears.year, o.year));
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.select().from(calendarYears).where(mine).for('update');
    if (!existing) throw domainError('NO_OVERRIDE', { year: o.year });
    if (o.version !== undefined && existing.version !== o.version) throw staleVersion();
    await tx.delete(calendarYears).where(mine);
    // What applies now: a schedule entered above (inherited), the built-in one, or weekends only.
    const inherited = (await calendarRowsOf(tx, congressId)).some((r) => r.year === o.year);
    const source = inherited ? 'inherited' : builtinSchedule(o.year) ? 'builtin' : null;
    const why = inherited
      ? `${o.year}年改用上级录入的节假日安排`
      : builtinSchedule(o.year)
        ? `${o.year}年恢复使用官方节假日安排`
        : `${o.year}年本地节假日安排已删除`;
    const recomputed = await recomputeForCalendarYear(tx, ctx, congressId, o.year, why);
    await writeAudit(tx, ctx, 'deleteCalendarYear', { year: o.year });
    return { year: o.year, source, recomputed };
  });
}
