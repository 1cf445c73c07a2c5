import { sql } from 'drizzle-orm';
import { builtinSchedule } from '../../../domain/deadlines';
import { forbidden } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { calendarFrom, calendarRowsOf } from '../../rules/calendar';

/**
 * The calendar status a body's administrator (or liaison office) sees: which years have a schedule,
 * from where — entered here, entered by a body above, built in — and warnings; the body's items
 * with provisional deadlines.
 */
export async function calendarStatus(db: Db, actor: Actor, years: number[]) {
  if (!actor.congressId) throw forbidden('noCongress');
  const rows = await calendarRowsOf(db, actor.congressId);
  const cal = calendarFrom(rows);
  const names = new Map(
    (
      await queryRows<{ id: number; name: string }>(
        db,
        sql`select id, name from congresses where id in (${sql.join([-1, ...rows.map((r) => r.congressId)], sql`, `)})`,
      )
    ).map((r) => [r.id, r.name]),
  );
  const versions = new Map(
    (await queryRows<{ year: number; version: number }>(db, sql`select year, version from calendar_years where congress_id = ${actor.congressId}`)).map((r) => [
      r.year,
      r.version,
    ]),
  );
  const [{ n }] = await queryRows<{ n: number }>(
    db,
    sql`select count(distinct d.item_id)::int as n from deadlines d join items i on i.id = d.item_id
        where d.provisional and i.congress_id = ${actor.congressId}`,
  );
  return {
    years: years.map((y) => {
      const entered = rows.find((r) => r.year === y);
      const own = entered?.congressId === actor.congressId;
      const source = entered ? (own ? 'admin' : 'inherited') : builtinSchedule(y) ? 'builtin' : null;
      const s = cal.scheduleFor(y);
      return {
        year: y,
        source,
        holidays: s?.holidays ?? [],
        makeupWorkdays: s?.makeupWorkdays ?? [],
        version: versions.get(y) ?? null,
        inheritedFrom: entered && !own ? (names.get(entered.congressId) ?? null) : null,
      };
    }),
    provisionalItems: n,
    warnings: years.filter((y) => !cal.hasSchedule(y)).map((y) => `${y}年尚无官方节假日安排：涉及该年的工作日期限为临时值（仅按周末计算），请录入${y}年安排。`),
  };
}
