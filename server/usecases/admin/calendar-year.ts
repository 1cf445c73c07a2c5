/**
 * One year of the working-day calendar as the administrator edits it: the
 * official schedule shipped with `chinese-days` (with the holidays' names)
 * and the administrator's own schedule for the year, which replaces it.
 */
import rawData from 'chinese-days/dist/chinese-days.json';
import { eq } from 'drizzle-orm';
import { builtinSchedule } from '../../../domain/deadlines';
import { invalid, staleVersion } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { calendarYears, users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { adminCongressOf, inTransaction, writeAudit } from './admin-scope';
import { recomputeForCalendarYear } from './rules-and-calendar';

const data = rawData as unknown as { holidays: Record<string, string>; workdays: Record<string, string> };

/** The Chinese name in the package's "English,中文,n" value, e.g. 春节. */
function chineseName(v: string | undefined): string | null {
  return v?.split(',')[1] ?? null;
}

/** Names of the official days of a year (春节, 国庆节 …), keyed by date. */
function officialNames(year: number): Record<string, string> {
  const names: Record<string, string> = {};
  for (const table of [data.holidays, data.workdays]) {
    for (const [d, v] of Object.entries(table)) {
      const n = d.startsWith(`${year}-`) ? chineseName(v) : null;
      if (n) names[d] = n;
    }
  }
  return names;
}

/** A year's official defaults, the administrator's override (if any) and which one is in force. */
export async function getCalendarYear(db: Db, ctx: Ctx, year: number) {
  adminCongressOf(ctx);
  const official = builtinSchedule(year);
  const [row] = await db
    .select({ c: calendarYears, by: users.displayName })
    .from(calendarYears)
    .leftJoin(users, eq(users.id, calendarYears.updatedBy))
    .where(eq(calendarYears.year, year));
  return {
    year,
    source: row ? 'admin' : official ? 'builtin' : null,
    official: official ? { holidays: [...official.holidays], makeupWorkdays: [...official.makeupWorkdays], names: officialNames(year) } : null,
    override: row
      ? { holidays: row.c.holidays, makeupWorkdays: row.c.makeupWorkdays, note: row.c.note, version: row.c.version, updatedAt: row.c.updatedAt, updatedBy: row.by }
      : null,
  };
}

/**
 * Removes the administrator's schedule of a year, so the official one (or,
 * for a year the package does not cover, weekends only and a warning)
 * applies again; working-day deadlines are recomputed in the same transaction.
 */
export async function deleteCalendarYear(ctx: Ctx, o: { year: number; version?: number }) {
  adminCongressOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.select().from(calendarYears).where(eq(calendarYears.year, o.year)).for('update');
    if (!existing) throw invalid('NO_OVERRIDE', `${o.year}年没有本地录入的节假日安排`);
    if (o.version !== undefined && existing.version !== o.version) throw staleVersion();
    await tx.delete(calendarYears).where(eq(calendarYears.year, o.year));
    const why = builtinSchedule(o.year) ? `${o.year}年恢复使用官方节假日安排` : `${o.year}年本地节假日安排已删除`;
    const recomputed = await recomputeForCalendarYear(tx, ctx, o.year, why);
    await writeAudit(tx, ctx, 'deleteCalendarYear', { year: o.year });
    return { year: o.year, source: builtinSchedule(o.year) ? 'builtin' : null, recomputed };
  });
}
