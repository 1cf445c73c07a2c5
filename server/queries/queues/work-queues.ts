/**
 * 待办: the actor's queues with their counts (the menu and the tabs), and one
 * queue's rows ordered by the date they are due, each with its light.
 */
import { sql } from 'drizzle-orm';
import { computeLight, diffDays, todayInShanghai } from '../../../domain/deadlines';
import { domainError } from '../../../domain/errors';
import { QUEUES, queuesFor, type QueueKey } from '../../../domain/queues/catalog';
import type { Actor } from '../../auth/actor';
import { itemScope } from '../../auth/item-scope';
import { queryRows, type Db } from '../../db/client';
import { yellowDaysFor } from '../yellow-days';
import { queueParams, queueSql } from './queue-sql';

/** The actor's queues in tab order, each with how many rows wait in it. */
export async function queueCounts(db: Db, actor: Actor, now = new Date()) {
  const keys = queuesFor(actor.role);
  if (!keys.length) return { total: 0, queues: [] };
  const today = todayInShanghai(now);
  const p = queueParams(actor, today, await yellowDaysFor(db, actor, undefined, today));
  const scope = itemScope(actor);
  // One statement, one count per queue (each through its own indexes).
  const counts = sql.join(
    keys.map((k) => sql`(select count(*)::int from items where ${scope} and ${queueSql(k, p).where}) as ${sql.identifier(k)}`),
    sql`, `,
  );
  const [row] = await queryRows<Record<QueueKey, number>>(db, sql`select ${counts}`);
  const queues = keys.map((key) => ({ key, label: QUEUES[key].label, count: Number(row[key]) }));
  return { total: queues.reduce((n, q) => n + q.count, 0), queues };
}

export interface QueuePageQuery {
  page: number;
  pageSize: number;
}

/** One queue's rows, the soonest due first (then the longest waiting). */
export async function listQueue(db: Db, actor: Actor, key: QueueKey, q: QueuePageQuery, now = new Date()) {
  if (!queuesFor(actor.role).includes(key)) throw domainError('QUEUE_NOT_FOR_ROLE');
  const today = todayInShanghai(now);
  const yellowDays = await yellowDaysFor(db, actor, undefined, today);
  const p = queueParams(actor, today, yellowDays);
  const s = queueSql(key, p);
  const ownUnit = p.unitId;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    with q as materialized (
      select items.id, (${s.due})::text as due, ${s.since} as since, count(*) over () as total
      from items where ${itemScope(actor)} and ${s.where}
      order by 2 asc nulls last, 3 asc, items.id
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize})
    select items.id, items.number, items.title, items.kind, items.state, items.version, items.round, q.due, q.since, q.total,
           d.name as "leadDeputy", c.name as "category",
           (select string_agg(o.name, '、' order by t.id) from tasks t join organizations o on o.id = t.unit_id
             where t.item_id = items.id and t.state <> 'withdrawn' and t.role in ('lead','split','reference')) as "leadUnits",
           ${
             ownUnit
               ? sql`(select json_build_object('id', t.id, 'role', t.role, 'state', t.state, 'version', t.version, 'acknowledgedAt', t.acknowledged_at)
                       from tasks t where t.item_id = items.id and t.unit_id = ${ownUnit} and t.state <> 'withdrawn' limit 1)`
               : sql`null`
           } as "myTask",
           ${
             ownUnit
               ? sql`(select json_build_object('id', r.id, 'version', r.version, 'state', r.state)
                       from tasks t join replies r on r.task_id = t.id and r.round = items.round
                       where t.item_id = items.id and t.unit_id = ${ownUnit} and t.state <> 'withdrawn' limit 1)`
               : sql`null`
           } as "myReply"
    from q join items on items.id = q.id
    left join deputies d on d.id = items.lead_deputy_id
    left join categories c on c.id = items.category_id
    order by q.due asc nulls last, q.since asc, items.id`,
  );
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    queue: key,
    label: QUEUES[key].label,
    dueLabel: QUEUES[key].dueLabel,
    hint: QUEUES[key].hint,
    total,
    page: q.page,
    pageSize: q.pageSize,
    rows: rows.map(({ total: _t, due, since, ...r }) => {
      const dueDate = (due as string | null) ?? null;
      const { light, daysLeft } = computeLight({ due: dueDate, today, yellowDays, done: false });
      return {
        ...r,
        due: dueDate,
        light,
        daysLeft,
        since: since ? new Date(since as string).toISOString() : null,
        waitingDays: since ? diffDays(todayInShanghai(new Date(since as string)), today) : null,
      };
    }),
  };
}
