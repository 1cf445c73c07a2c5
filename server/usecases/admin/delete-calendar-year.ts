import { eq } from 'drizzle-orm';
import { builtinSchedule } from '../../../domain/deadlines';
import { domainError, staleVersion } from '../../../domain/errors';
import { adminCongressOf } from '../../auth/admin-congress';
import { calendarYears } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';
import { recomputeForCalendarYear } from './recompute-open-items';

/**
 * Removes the administrator's schedule of a year, so the official one (or,
 * for a year the package does not cover, weekends only and a warning)
 * applies again; working-day deadlines are recomputed in the same transaction.
 */
export async function deleteCalendarYear(ctx: Ctx, o: { year: number; version?: number }) {
  adminCongressOf(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.select().from(calendarYears).where(eq(calendarYears.year, o.year)).for('update');
    if (!existing) throw domainError('NO_OVERRIDE', { year: o.year });
    if (o.version !== undefined && existing.version !== o.version) throw staleVersion();
    await tx.delete(calendarYears).where(eq(calendarYears.year, o.year));
    const why = builtinSchedule(o.year) ? `${o.year}年恢复使用官方节假日安排` : `${o.year}年本地节假日安排已删除`;
    const recomputed = await recomputeForCalendarYear(tx, ctx, o.year, why);
    await writeAudit(tx, ctx, 'deleteCalendarYear', { year: o.year });
    return { year: o.year, source: builtinSchedule(o.year) ? 'builtin' : null, recomputed };
  });
}
