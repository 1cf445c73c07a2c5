/**
 * One year of the working-day calendar as the administrator edits it: the
 * official schedule shipped with `chinese-days` (with the holidays' names)
 * and the administrator's own schedule for the year, which replaces it.
 */
import rawData from 'chinese-days/dist/chinese-days.json';
import { eq } from 'drizzle-orm';
import { builtinSchedule } from '../../../domain/deadlines';
import type { Actor } from '../../auth/actor';
import { adminCongressOf } from '../../auth/admin-congress';
import type { Db } from '../../db/client';
import { calendarYears, users } from '../../db/schema';

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
export async function getCalendarYear(db: Db, actor: Actor, year: number) {
  adminCongressOf(actor);
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
      ? {
          holidays: row.c.holidays,
          makeupWorkdays: row.c.makeupWorkdays,
          note: row.c.note,
          version: row.c.version,
          updatedAt: row.c.updatedAt,
          updatedBy: row.by,
        }
      : null,
  };
}
