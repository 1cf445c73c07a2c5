import { sql, type SQL } from 'drizzle-orm';
import { todayInShanghai } from '../../domain/deadlines';
import { isUnitRole } from '../../domain/items/roles';
import { DEADLINE_RUNNING_STATES, OPEN_TASK_STATES } from '../../domain/items/states';
import { OPEN_COMMITMENT_STATES } from '../../domain/commitments/tracking';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { stateIn } from '../db/state-sql';
import { itemScope } from '../auth/item-scope';
import { yellowDaysFor } from './yellow-days';

export const DEADLINE_KINDS = ['coOpinion', 'reply', 'rehandle', 'referenceContact', 'commitment'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface DeadlineLedgerQuery {
  sessionId?: number;
  unitId?: number;
  kind?: DeadlineKind;
  light?: 'green' | 'yellow' | 'red';
  page: number;
  pageSize: number;
}

/**
 * R-SUP-1 the deadline ledger: every open deadline of a unit — co-opinion,
 * reply, re-handling, reference contact, B commitment — with its days left
 * (negative: overdue) and light, the red-light list (light = red), and the
 * counts by light per unit. Offices and supervisors see the congress, a unit
 * its own deadlines.
 */
export async function queryDeadlineLedger(db: Db, actor: Actor, q: DeadlineLedgerQuery, now = new Date()) {
  const today = todayInShanghai(now);
  const yellowDays = await yellowDaysFor(db, actor, q.sessionId, today);
  const scope: SQL[] = [itemScope(actor)];
  if (q.sessionId) scope.push(sql`items.session_id = ${q.sessionId}`);
  const ownUnit = isUnitRole(actor.role) ? (actor.organizationId ?? -1) : q.unitId;
  const where = sql.join(scope, sql` and `);
  const base = sql`with d as (
      select t.unit_id, items.id as item_id, items.number, items.title, t.id as task_id, t.role,
             case when t.role = 'co' then 'coOpinion' when t.role = 'reference' then 'referenceContact'
                  when items.state = 'rehandling' then 'rehandle' else 'reply' end as kind,
             t.due_date as due, null::int as commitment_id, null::text as content
      from tasks t join items on items.id = t.item_id
      where ${where} and ${stateIn('items.state', DEADLINE_RUNNING_STATES)}
        and ${stateIn('t.state', OPEN_TASK_STATES)} and t.due_date is not null
        ${ownUnit ? sql`and t.unit_id = ${ownUnit}` : sql``}
      union all
      select c.unit_id, items.id, items.number, items.title, null, 'commitment', 'commitment', c.target_date, c.id, c.content
      from commitments c join items on items.id = c.item_id
      where ${where} and ${stateIn('c.state', OPEN_COMMITMENT_STATES)}
        ${ownUnit ? sql`and c.unit_id = ${ownUnit}` : sql``}
    ), l as (
      select d.*, (d.due - ${today}::date) as days_left,
             case when d.due < ${today}::date then 'red' when d.due - ${today}::date <= ${yellowDays} then 'yellow' else 'green' end as light
      from d
    )`;
  const filters: SQL[] = [sql`true`];
  if (q.kind) filters.push(sql`l.kind = ${q.kind}`);
  if (q.light) filters.push(sql`l.light = ${q.light}`);
  const [rows, counts] = await Promise.all([
    queryRows<{
      unitId: number;
      unitName: string;
      itemId: number;
      number: string;
      title: string;
      taskId: number | null;
      role: string;
      kind: DeadlineKind;
      due: string;
      daysLeft: number;
      light: 'green' | 'yellow' | 'red';
      commitmentId: number | null;
      content: string | null;
      total: number;
    }>(
      db,
      sql`${base}
          select l.unit_id as "unitId", o.name as "unitName", l.item_id as "itemId", l.number, l.title, l.task_id as "taskId", l.role, l.kind,
                 l.due::text as due, l.days_left as "daysLeft", l.light, l.commitment_id as "commitmentId", l.content, count(*) over ()::int as total
          from l join organizations o on o.id = l.unit_id
          where ${sql.join(filters, sql` and `)}
          order by l.due, l.number, o.name
          limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
    ),
    queryRows<{ unitId: number; unitName: string; red: number; yellow: number; green: number; total: number }>(
      db,
      sql`${base}
          select l.unit_id as "unitId", o.name as "unitName",
                 count(*) filter (where l.light = 'red')::int as red, count(*) filter (where l.light = 'yellow')::int as yellow,
                 count(*) filter (where l.light = 'green')::int as green, count(*)::int as total
          from l join organizations o on o.id = l.unit_id
          ${q.kind ? sql`where l.kind = ${q.kind}` : sql``}
          group by l.unit_id, o.name order by red desc, yellow desc, o.name`,
    ),
  ]);
  return {
    today,
    yellowDays,
    total: rows[0]?.total ?? 0,
    rows: rows.map(({ total: _total, ...r }) => r),
    units: counts,
    totals: counts.reduce((a, c) => ({ red: a.red + c.red, yellow: a.yellow + c.yellow, green: a.green + c.green }), { red: 0, yellow: 0, green: 0 }),
  };
}
