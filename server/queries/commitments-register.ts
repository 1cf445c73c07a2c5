import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { commitmentRegisterQuery } from '../../domain/contracts/commitments';
import { OPEN_COMMITMENT_STATES } from '../../domain/commitments/tracking';
import { todayInShanghai } from '../../domain/deadlines';
import { isUnitRole } from '../../domain/items/roles';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { stateIn } from '../db/state-sql';
import { itemScope } from '../auth/item-scope';

export type RegisterFilter = z.output<typeof commitmentRegisterQuery>;

/**
 * R-TRACK-1 the B-commitment register (挂号/销号 台账): every commitment in
 * the actor's scope, across years, with its item, unit, target date, whether
 * it is past due, the session it came from and the one it is tracked in now
 * (carried over), its progress with the evidence cited, a pending strike-off
 * request or the last rejection, and the unit's latest look-back finding on
 * the item (R-TRACK-2). A unit sees its own commitments only.
 */
export async function queryCommitmentRegister(db: Db, actor: Actor, f: RegisterFilter, now = new Date()) {
  const today = todayInShanghai(now);
  const where: SQL[] = [itemScope(actor)];
  if (actor.organizationId && isUnitRole(actor.role)) where.push(sql`cm.unit_id = ${actor.organizationId}`);
  if (f.state === 'open') where.push(stateIn('cm.state', OPEN_COMMITMENT_STATES));
  else if (f.state) where.push(sql`cm.state = ${f.state}`);
  if (f.unitId) where.push(sql`cm.unit_id = ${f.unitId}`);
  if (f.sessionId) where.push(sql`items.session_id = ${f.sessionId}`);
  if (f.trackedSessionId) where.push(sql`coalesce(cm.tracked_session_id, items.session_id) = ${f.trackedSessionId}`);
  if (f.carriedOver) where.push(sql`cm.carried_over_at is not null`);
  if (f.overdue) where.push(sql`${stateIn('cm.state', OPEN_COMMITMENT_STATES)} and cm.target_date < ${today}`);
  const rows = await queryRows<Record<string, unknown> & { total: string | number }>(
    db,
    sql`select cm.id, cm.item_id as "itemId", items.number, items.title, cm.unit_id as "unitId", o.name as "unitName",
               cm.content, cm.target_date::text as "targetDate", cm.state, cm.version, cm.progress, cm.closed_note as "closedNote",
               (${stateIn('cm.state', OPEN_COMMITMENT_STATES)} and cm.target_date < ${today}) as overdue,
               items.session_id as "sessionId", os.name as "sessionName",
               coalesce(cm.tracked_session_id, items.session_id) as "trackedSessionId", ts.name as "trackedSessionName",
               cm.carried_over_at as "carriedOverAt",
               cm.strike_off_request_note as "strikeOffRequestNote", cm.strike_off_requested_at as "strikeOffRequestedAt",
               (select e.payload->>'note' from item_events e
                 where e.item_id = cm.item_id and e.type = 'rejectCommitmentStrikeOff' and e.payload->>'commitmentId' = cm.id::text
                 order by e.id desc limit 1) as "lastRejection",
               coalesce((select json_agg(json_build_object('id', a.id, 'filename', a.filename) order by a.id) from attachments a
                 where a.item_id = cm.item_id
                   and a.id in (select (jsonb_array_elements_text(p->'attachmentIds'))::int from jsonb_array_elements(cm.progress) p where p ? 'attachmentIds')),
                 '[]'::json) as evidence,
               (select json_build_object('year', lb.year, 'state', lr.state, 'finding', lr.finding) from look_back_reviews lr
                 join look_backs lb on lb.id = lr.look_back_id
                 where lr.item_id = cm.item_id and lr.unit_id = cm.unit_id order by lb.year desc limit 1) as "lookBack",
               count(*) over () as total
        from commitments cm
        join items on items.id = cm.item_id
        join organizations o on o.id = cm.unit_id
        join sessions os on os.id = items.session_id
        join sessions ts on ts.id = coalesce(cm.tracked_session_id, items.session_id)
        where ${sql.join(where, sql` and `)}
        order by cm.target_date, cm.id
        limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
  );
  return { total: rows.length ? Number(rows[0].total) : 0, page: f.page, pageSize: f.pageSize, rows: rows.map(({ total: _t, ...r }) => r) };
}
