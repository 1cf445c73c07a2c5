/**
 * The hotline ledger (专线台账, seed 002; issue 15 §7): the orders the viewer sees, newest call first,
 * narrowed by state, urgency, unit, category, deputy, place, the month or days of the call, overdue
 * clocks and words; a page of them with the total.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ledgerQuery } from '../../../domain/contracts/hotline';
import type { Actor } from '../../auth/actor';
import { hotlineScope, ordersInScope } from '../../auth/hotline-scope';
import { queryRows, type Db } from '../../db/client';
import { ledgerRowOf, ORDER_COLUMNS, ORDER_JOINS, overdueSql, type OrderSqlRow } from './rows';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const callDay = sql`(work_orders.called_at at time zone 'Asia/Shanghai')::date`;

export async function hotlineLedger(db: Db, actor: Actor, q: z.output<typeof ledgerQuery>, now: Date = new Date()) {
  const scope = await hotlineScope(db, actor);
  const where: SQL[] = [ordersInScope(scope)];
  if (q.state) where.push(sql`work_orders.state = ${q.state}`);
  if (q.urgency) where.push(sql`work_orders.urgency = ${q.urgency}`);
  if (q.unitId)
    where.push(
      sql`exists (select 1 from work_order_units wu where wu.order_id = work_orders.id and wu.unit_id = ${q.unitId} and wu.state in ('assigned', 'returned'))`,
    );
  if (q.category) where.push(sql`work_orders.category = ${q.category}`);
  if (q.deputyId) where.push(sql`work_orders.deputy_id = ${q.deputyId}`);
  if (q.placeCongressId) where.push(sql`work_orders.place_congress_id = ${q.placeCongressId}`);
  if (q.month) where.push(sql`to_char(${callDay}, 'YYYY-MM') = ${q.month}`);
  if (q.from) where.push(sql`${callDay} >= ${q.from}::date`);
  if (q.to) where.push(sql`${callDay} <= ${q.to}::date`);
  if (q.overdue !== undefined) where.push(q.overdue ? overdueSql(now) : sql`not coalesce(${overdueSql(now)}, false)`);
  if (q.q) {
    const w = like(q.q);
    where.push(
      sql`(work_orders.number ilike ${w} or work_orders.caller_phone ilike ${w} or work_orders.category ilike ${w}
           or work_orders.content ilike ${w} or d.name ilike ${w} or coalesce(work_orders.place_name, '') ilike ${w})`,
    );
  }
  const cond = sql.join(where, sql` and `);
  const rows = await queryRows<OrderSqlRow & { total: number }>(
    db,
    sql`select ${ORDER_COLUMNS}, count(*) over ()::int as total from work_orders ${ORDER_JOINS}
        where ${cond} order by work_orders.called_at desc, work_orders.id desc
        limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  let total = rows[0]?.total ?? 0;
  if (!rows.length && q.page > 1) {
    const [c] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from work_orders ${ORDER_JOINS} where ${cond}`);
    total = c.n;
  }
  return {
    rows: rows.map((r) => ledgerRowOf(r, now)),
    total: Number(total),
    page: q.page,
    pageSize: q.pageSize,
    mayCreate: scope.kind === 'office' || scope.kind === 'deputy',
  };
}
