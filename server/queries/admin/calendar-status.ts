import { sql } from 'drizzle-orm';
import { builtinSchedule } from '../../../domain/deadlines';
import type { Db } from '../../db/client';
import { calendarYears } from '../../db/schema';
import { calendarFrom } from '../../rules/calendar';

/** The calendar status an administrator sees: which years have a schedule, from where, and warnings. */
export async function calendarStatus(db: Db, years: number[]) {
  const admin = await db.select().from(calendarYears);
  const cal = calendarFrom(admin);
  const [{ n }] = await db
    .select({ n: sql<number>`count(distinct item_id)::int` })
    .from(sql`deadlines`)
    .where(sql`provisional`);
  return {
    years: years.map((y) => {
      const a = admin.find((r) => r.year === y);
      const source = a ? 'admin' : builtinSchedule(y) ? 'builtin' : null;
      const s = cal.scheduleFor(y);
      return { year: y, source, holidays: s?.holidays ?? [], makeupWorkdays: s?.makeupWorkdays ?? [], version: a?.version ?? null };
    }),
    provisionalItems: n,
    warnings: years.filter((y) => !cal.hasSchedule(y)).map((y) => `${y}年尚无官方节假日安排：涉及该年的工作日期限为临时值（仅按周末计算），请录入${y}年安排。`),
  };
}
