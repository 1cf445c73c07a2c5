import { sql } from 'drizzle-orm';
import { INACTIVE_TASK_STATES, OPEN_HANDLING_STATES, OPEN_TASK_STATES } from '../../../domain/items/states';
import type { UnitTaskCounts } from '../../../domain/supervision/bulletin';
import { queryRows, type Db } from '../../db/client';
import { stateIn, stateNotIn } from '../../db/state-sql';

/**
 * R-SUP-4 each unit's tasks in a session as of a date, lead (主办/单办/分办)
 * and co-handling (会办) apart: tasks; first replies sent and those by the
 * reply deadline; co-handling opinions sent; and the parts still open past
 * the unit's own deadline while the item is being (re-)handled. Draft,
 * withdrawn and reference tasks are not counted.
 */
export async function countUnitTasks(db: Db, sessionId: number, asOf: string): Promise<UnitTaskCounts[]> {
  const open = sql`${stateIn('t.state', OPEN_TASK_STATES)} and ${stateIn('items.state', OPEN_HANDLING_STATES)} and t.due_date < ${asOf}::date`;
  return queryRows<UnitTaskCounts>(
    db,
    sql`
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
    where items.session_id = ${sessionId} and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} and t.role in ('lead','split','co')
    group by o.id, o.name, o.is_government`,
  );
}
