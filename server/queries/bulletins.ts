import { and, desc, eq, sql } from 'drizzle-orm';
import { forbidden, notFound } from '../../domain/errors';
import { OPEN_HANDLING_STATES } from '../../domain/items/states';
import { bulletinNumber, type BulletinContent, type UnitTaskCounts } from '../../domain/supervision/bulletin';
import { OPEN_TASK_STATES } from '../../domain/supervision/key-supervision';
import type { Actor } from '../auth/actor';
import { queryRows, type Db, sqlList } from '../db/client';
import { bulletins, users } from '../db/schema';


/**
 * R-SUP-4 each unit's tasks in a session as of a date, lead (主办/单办/分办)
 * and co-handling (会办) apart: tasks; first replies sent and those by the
 * reply deadline; co-handling opinions sent; and the parts still open past
 * the unit's own deadline while the item is being (re-)handled. Draft,
 * withdrawn and reference tasks are not counted.
 */
export async function countUnitTasks(db: Db, sessionId: number, asOf: string): Promise<UnitTaskCounts[]> {
  const open = sql`t.state in (${sqlList(OPEN_TASK_STATES)}) and items.state in (${sqlList(OPEN_HANDLING_STATES)}) and t.due_date < ${asOf}::date`;
  return queryRows<UnitTaskCounts>(db, sql`
    select o.id as "unitId", o.name as "unitName", o.is_government as "isGovernment",
      count(*) filter (where t.role in ('lead','split'))::int as "leadTasks",
      count(*) filter (where t.role in ('lead','split') and f.first_sent is not null)::int as "leadReplied",
      count(*) filter (where t.role in ('lead','split') and f.first_sent <= items.reply_due)::int as "leadOnTime",
      count(*) filter (where t.role in ('lead','split') and ${open})::int as "leadOverdue",
      count(*) filter (where t.role = 'co')::int as "coTasks",
      count(*) filter (where t.role = 'co' and t.state = 'opinionSent')::int as "coSent",
      count(*) filter (where t.role = 'co' and ${open})::int as "coOverdue"
    from tasks t
    join items on items.id = t.item_id
    join organizations o on o.id = t.unit_id
    left join lateral (
      select min(r.sent_on) as first_sent from replies r where r.task_id = t.id and r.round = 1 and r.state = 'sent' and r.sent_on <= ${asOf}::date
    ) f on true
    where items.session_id = ${sessionId} and t.state not in ('withdrawn','draft') and t.role in ('lead','split','co')
    group by o.id, o.name, o.is_government`);
}

function congressOf(actor: Actor): number {
  if (!actor.congressId) throw forbidden('当前用户不属于任何人大');
  return actor.congressId;
}

const header = {
  id: bulletins.id,
  sessionId: bulletins.sessionId,
  year: bulletins.year,
  seq: bulletins.seq,
  title: bulletins.title,
  asOf: bulletins.asOf,
  generatedBy: bulletins.generatedBy,
  generatedByName: users.displayName,
  createdAt: bulletins.createdAt,
  unitsBehind: sql<number>`coalesce((${bulletins.content}->'totals'->>'unitsBehind')::int, 0)`,
};

/** R-SUP-4 the congress's bulletins, newest first (optionally of one session). */
export async function listBulletins(db: Db, actor: Actor, f: { sessionId?: number }) {
  const rows = await db
    .select(header)
    .from(bulletins)
    .leftJoin(users, eq(users.id, bulletins.generatedBy))
    .where(and(eq(bulletins.congressId, congressOf(actor)), f.sessionId ? eq(bulletins.sessionId, f.sessionId) : undefined))
    .orderBy(desc(bulletins.year), desc(bulletins.seq))
    .limit(500);
  return rows.map((r) => ({ ...r, number: bulletinNumber(r.year, r.seq), scheduled: r.generatedBy === null }));
}

/** One bulletin with its figures (as stored when generated). */
export async function getBulletin(db: Db, actor: Actor, bulletinId: number) {
  const [row] = await db
    .select({ ...header, content: bulletins.content })
    .from(bulletins)
    .leftJoin(users, eq(users.id, bulletins.generatedBy))
    .where(and(eq(bulletins.id, bulletinId), eq(bulletins.congressId, congressOf(actor))));
  if (!row) throw notFound('通报');
  return { ...row, content: row.content as BulletinContent, number: bulletinNumber(row.year, row.seq), scheduled: row.generatedBy === null };
}
