import { and, eq, sql } from 'drizzle-orm';
import { adminCongressOf } from '../../auth/admin-congress';
import { validateSchedule } from '../../../domain/deadlines';
import { domainError, staleVersion } from '../../../domain/errors';
import { calendarYears } from '../../db/schema';
import { inTransaction, writeAudit } from './admin-scope';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';
import { recomputeForCalendarYear } from './recompute-open-items';

/**
 * An administrator enters or corrects a year's official holiday schedule
 * (the built-in data ends with 2026). Provisional working-day deadlines are
 * recomputed at once, so nothing stays guessed.
 */
export async function saveCalendarYear(ctx: Ctx, o: { year: number; holidays: string[]; makeupWorkdays: string[]; note?: string; version?: number }) {
  const errors = validateSchedule({ year: o.year, holidays: o.holidays, makeupWorkdays: o.makeupWorkdays, source: 'admin' });
  if (errors.length) throw domainError('BAD_SCHEDULE', { errors }, errors);
  // The administrator's own body: its schedule applies to it and to the bodies below it (issue 16).
  const congressId = adminCongressOf(ctx.actor);
  const mine = and(eq(calendarYears.congressId, congressId), eq(calendarYears.year, o.year));
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.select().from(calendarYears).where(mine).for('update');
    if (existing && o.version !== undefined && existing.version !== o.version) throw staleVersion();
    const values = {
      holidays: [...o.holidays].sort(),
      makeupWorkdays: [...o.makeupWorkdays].sort(),
      note: o.note ?? null,
      updatedBy: ctx.actor.userId,
      updatedAt: nowOf(ctx),
    };
    const [saved] = existing
      ? await tx
          .update(calendarYears)
          .set({ ...values, version: sql`${calendarYears.version} + 1` })
          .where(mine)
          .returning()
      : await tx
          .insert(calendarYears)
          .values({ congressId, year: o.year, ...values })
          .returning();
    const recomputed = await recomputeForCalendarYear(tx, ctx, congressId, o.year, `${o.year}年节假日安排已录入`);
    await writeAudit(tx, ctx, 'saveCalendarYear', { year: o.year, holidays: o.holidays.length, makeupWorkdays: o.makeupWorkdays.length });
    return { year: saved.year, version: saved.version, recomputed };
  });
}
