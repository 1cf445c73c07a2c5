import { sql, type SQL } from 'drizzle-orm';
import { todayInShanghai } from '../../domain/deadlines';
import { isUnitRole } from '../../domain/items/roles';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { itemScope } from '../usecases/lib/access';

export interface RegisterFilter {
  state?: 'registered' | 'struckOff' | 'convertedToC';
  unitId?: number;
  sessionId?: number;
  overdue?: boolean;
  page: number;
  pageSize: number;
}

/**
 * R-TRACK-1 the B-commitment register (挂号/销号 台账): every commitment in
 * the actor's scope, across years, with its item, unit, target date and
 * whether it is past due; a unit sees its own commitments only.
 */
export async function queryCommitmentRegister(db: Db, actor: Actor, f: RegisterFilter, now = new Date()) {
  const today = todayInShanghai(now);
  const where: SQL[] = [itemScope(actor)];
  if (actor.organizationId && isUnitRole(actor.role)) where.push(sql`cm.unit_id = ${actor.organizationId}`);
  if (f.state) where.push(sql`cm.state = ${f.state}`);
  if (f.unitId) where.push(sql`cm.unit_id = ${f.unitId}`);
  if (f.sessionId) where.push(sql`items.session_id = ${f.sessionId}`);
  if (f.overdue) where.push(sql`cm.state = 'registered' and cm.target_date < ${today}`);
  const rows = await queryRows<Record<string, unknown> & { total: string | number }>(
    db,
    sql`select cm.id, cm.item_id as "itemId", items.number, items.title, cm.unit_id as "unitId", o.name as "unitName",
               cm.content, cm.target_date::text as "targetDate", cm.state, cm.version, cm.progress, cm.closed_note as "closedNote",
               (cm.state = 'registered' and cm.target_date < ${today}) as overdue, count(*) over () as total
        from commitments cm
        join items on items.id = cm.item_id
        join organizations o on o.id = cm.unit_id
        where ${sql.join(where, sql` and `)}
        order by cm.target_date, cm.id
        limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
  );
  return { total: rows.length ? Number(rows[0].total) : 0, page: f.page, pageSize: f.pageSize, rows: rows.map(({ total: _t, ...r }) => r) };
}
