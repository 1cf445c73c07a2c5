import { sql, type SQL } from 'drizzle-orm';
import { computeLight, todayInShanghai } from '../../domain/deadlines';
import { isUnitRole } from '../../domain/items/roles';
import { DEADLINE_RUNNING_STATES, type ItemState } from '../../domain/items/states';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { itemScope } from '../auth/item-scope';
import { yellowDaysFor } from './yellow-days';

/** How many of an item's latest history events the key-items list shows. */
const RECENT_EVENTS = 5;

interface KeyItemRow {
  taskId: number;
  taskRole: string;
  taskState: string;
  taskDue: string | null;
  handlerName: string | null;
  responsibleLeader: string | null;
  unitId: number;
  unitName: string;
  itemId: number;
  number: string;
  title: string;
  state: string;
  round: number;
  currentDue: string | null;
  resultClass: string | null;
  contacts: number;
  lastReply: { state: string; round: number; sentOn: string | null; resultClass: string } | null;
  recentEvents: {
    id: number;
    type: string;
    actorName: string | null;
    actorRole: string | null;
    at: string;
    fromState: string | null;
    toState: string | null;
  }[];
}

/**
 * R-HANDLE-2 / R-SUP-3: the units' key items (重点处理建议), reported
 * separately — each with its unit, state, deadline and light (as in the
 * ledger), progress (reply sent? contacts logged, the unit's latest reply)
 * and the latest events of its history. A unit sees only its own key items.
 */
export async function queryKeyItems(db: Db, actor: Actor, f: { sessionId?: number; unitId?: number }, now = new Date()) {
  const today = todayInShanghai(now);
  const yellowDays = await yellowDaysFor(db, actor, f.sessionId, today);
  const where: SQL[] = [sql`t.is_key_item`, sql`t.state <> 'withdrawn'`, itemScope(actor)];
  if (isUnitRole(actor.role)) where.push(sql`t.unit_id = ${actor.organizationId ?? -1}`);
  else if (f.unitId) where.push(sql`t.unit_id = ${f.unitId}`);
  if (f.sessionId) where.push(sql`items.session_id = ${f.sessionId}`);
  const rows = await queryRows<KeyItemRow>(
    db,
    sql`
    select t.id as "taskId", t.role as "taskRole", t.state as "taskState", t.due_date::text as "taskDue",
      t.handler_name as "handlerName", t.responsible_leader as "responsibleLeader",
      o.id as "unitId", o.name as "unitName",
      items.id as "itemId", items.number, items.title, items.state, items.round,
      items.current_due::text as "currentDue", items.result_class as "resultClass",
      (select count(*)::int from contacts x where x.item_id = items.id and x.unit_id = t.unit_id) as "contacts",
      (select json_build_object('state', r.state, 'round', r.round, 'sentOn', r.sent_on::text, 'resultClass', r.result_class)
         from replies r where r.task_id = t.id order by r.round desc, r.id desc limit 1) as "lastReply",
      (select coalesce(json_agg(e order by e.at desc, e.id desc), '[]'::json) from (
         select ie.id, ie.type, ie.actor_name as "actorName", ie.actor_role as "actorRole", ie.at,
                ie.from_state as "fromState", ie.to_state as "toState"
         from item_events ie where ie.item_id = items.id order by ie.at desc, ie.id desc limit ${RECENT_EVENTS}) e) as "recentEvents"
    from tasks t
    join items on items.id = t.item_id
    join organizations o on o.id = t.unit_id
    where ${sql.join(where, sql` and `)}
    order by items.current_due asc nulls last, items.number, o.name
    limit 500`,
  );
  return {
    yellowDays,
    rows: rows.map((r) => {
      const done = !DEADLINE_RUNNING_STATES.includes(r.state as ItemState);
      const { light, daysLeft } = computeLight({ due: r.currentDue, today, yellowDays, done });
      const replied = r.taskState === 'replied' || r.lastReply?.state === 'sent';
      return {
        ...r,
        light,
        daysLeft,
        replied,
        recentEvents: r.recentEvents.map((e) => ({ ...e, id: Number(e.id), at: new Date(e.at).toISOString() })),
      };
    }),
  };
}
