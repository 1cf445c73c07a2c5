/**
 * The records of each duty per deputy in a year (R-DUTY-1): counted by the system — the suggestions the
 * deputy submitted (as lead or confirmed co-signer; withdrawn ones not counted) and the problems they
 * reported through the hotline channel (their work orders of the year, duplicates merged away not
 * counted, R-LINE-4) — and the live records entered with evidence.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DutyKind } from '../../../domain/duty/duty';
import { zeroCounts, type DutyCounts } from '../../../domain/duty/standing';
import { deputiesInScopeSql, type DutyScope } from '../../auth/duty-scope';
import { queryRows, type Db } from '../../db/client';

/** The year's bounds in Asia/Shanghai, as timestamptz SQL. */
export const yearBounds = (year: number) => ({
  from: sql`${`${year}-01-01T00:00:00+08:00`}::timestamptz`,
  to: sql`${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz`,
});

/** The suggestions a deputy's duty counts: kind suggestion, not withdrawn, submitted in the year, signed as lead or confirmed. */
export function countedSuggestionsSql(year: number): SQL {
  const { from, to } = yearBounds(year);
  return sql`i.kind = 'suggestion' and i.state <> 'withdrawn' and (s.is_lead or s.status = 'confirmed')
    and i.submitted_at >= ${from} and i.submitted_at < ${to}`;
}

/** Per deputy of the scope (or one of them): the records of each duty in the year. */
export async function dutyCounts(db: Db, scope: DutyScope, year: number, deputyId?: number): Promise<Map<number, DutyCounts>> {
  const who = sql`${deputiesInScopeSql(scope)} ${deputyId === undefined ? sql`` : sql`and d.id = ${deputyId}`}`;
  // One query after another: inside a transaction the one connection takes one at a time.
  const suggestions = await queryRows<{ deputy_id: number; n: number }>(
    db,
    sql`select s.deputy_id, count(distinct i.id)::int as n
          from item_signers s join items i on i.id = s.item_id join deputies d on d.id = s.deputy_id
          where ${who} and ${countedSuggestionsSql(year)}
          group by s.deputy_id`,
  );
  const orders = await queryRows<{ deputy_id: number; n: number }>(
    db,
    sql`select w.deputy_id, count(*)::int as n
          from work_orders w join deputies d on d.id = w.deputy_id
          where ${who} and w.year = ${year} and w.state <> 'merged'
          group by w.deputy_id`,
  );
  const entered = await queryRows<{ deputy_id: number; kind: DutyKind; n: number }>(
    db,
    sql`select r.deputy_id, r.kind, count(*)::int as n
          from duty_records r join deputies d on d.id = r.deputy_id
          where ${who} and r.congress_id = ${scope.congressId} and r.year = ${year} and r.deleted_at is null
          group by r.deputy_id, r.kind`,
  );
  const out = new Map<number, DutyCounts>();
  const of = (id: number) => out.get(id) ?? out.set(id, zeroCounts()).get(id)!;
  for (const r of suggestions) of(r.deputy_id).suggestion = r.n;
  for (const r of orders) of(r.deputy_id).hotlineCall = r.n;
  for (const r of entered) of(r.deputy_id)[r.kind] += r.n;
  return out;
}

/** The years to pick from: this year, and the congress's years with sessions, work orders or records, newest first. */
export async function dutyYears(db: Db, congressId: number, thisYear: number): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    db,
    sql`select year from sessions where congress_id = ${congressId}
        union select year from work_orders where congress_id = ${congressId} and deputy_id is not null
        union select year from duty_records where congress_id = ${congressId} and deleted_at is null`,
  );
  return [...new Set([thisYear, ...rows.map((r) => Number(r.year))])].sort((a, b) => b - a);
}
