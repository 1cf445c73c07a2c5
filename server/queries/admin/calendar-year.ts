/**
 * One year of the working-day calendar as a body's administrator edits it: the
 * official schedule shipped with `chinese-days` (with the holidays' names), the
 * schedule a body above entered (inherited), and this body's own, which replaces both.
 */
import rawData from 'chinese-days/dist/chinese-days.json';
import { and, eq } from 'drizzle-orm';
import { builtinSchedule } from '../../../domain/deadlines';
import type { Actor } from '../../auth/actor';
import { adminCongressOf } from '../../auth/admin-congress';
import type { Db } from '../../db/client';
import { calendarYears, congresses, users } from '../../db/schema';
import { calendarRowsOf } from '../../rules/calendar';

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
  const congressId = adminCongressOf(actor);
  const official = builtinSchedule(year);
  const [row] = await db
    .select({ c: calendarYears, by: users.displayName })
    .from(calendarYears)
    .leftJoin(users, eq(users.id, calendarYears.updatedBy))
    .where(and(eq(calendarYears.congressId, congressId), eq(calendarYears.year, year)));
  // What a body above entered for the year (issue 16): it applies here unless this body enters its own.
  const above = (await calendarRowsOf(db, congressId)).find((r) => r.year === year && r.congressId !== congressId);
  const [aboveBody] = above ? await db.select({ name: congresses.name }).from(congresses).where(eq(congresses.id, above.congressId)) : [];
  return {
    year,
    source: row ? 'admin' : above ? 'inherited' : official ? 'builtin' : null,
    inherited: above ? { holidays: above.holidays, makeupWorkdays: above.makeupWorkdays, congressName: aboveBody?.name ?? '' } : null,
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
