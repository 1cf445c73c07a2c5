import { sql } from 'drizzle-orm';
import { computeLight, diffDays, todayInShanghai, type RulesProfileValues } from '../../domain/deadlines';
import { DEADLINE_RUNNING_STATES, OPEN_TASK_STATES } from '../../domain/items/states';
import { queryRows, type Db } from '../db/client';
import { stateIn } from '../db/state-sql';
import { appendEvent, notify } from '../usecases/lib/history';
import { loadRules } from '../rules/rules-profile';
import type { JobContext, JobResult } from './types';

interface OpenTask {
  taskId: number;
  itemId: number;
  unitId: number;
  congressId: number;
  year: number;
  role: string;
  itemState: string;
  due: string;
  adjustmentDue: string | null;
  taskState: string;
}

/** What a task's running deadline is called in a message (R-SUP-1). */
function deadlineName(t: Pick<OpenTask, 'role' | 'itemState'>): string {
  if (t.role === 'co') return '会办意见';
  if (t.role === 'reference') return '参阅件沟通';
  return t.itemState === 'rehandling' ? '重新办理答复' : '答复';
}

/** The rules of each congress and session year, read once per run. */
export function rulesCache(tx: Db) {
  const cache = new Map<string, RulesProfileValues>();
  return async (congressId: number, year: number) => {
    const key = `${congressId}:${year}`;
    let v = cache.get(key);
    if (!v) {
      v = (await loadRules(tx, congressId, year)).values;
      cache.set(key, v);
    }
    return v;
  };
}

/**
 * Time-based changes of open deadlines (issue 4 §6, R-SUP-1, R-ASSIGN-3):
 * a unit's task light turning yellow (due within the profile's yellowDays)
 * and red (overdue), and a unit's adjustment window about to close. Each is
 * told to the unit and logged on the item once: the dedupe key names the
 * task, the due date and the light, so a new due date (an extension) warns
 * again and a run after downtime sends what it missed, once.
 */
export async function watchDeadlines(ctx: JobContext): Promise<JobResult> {
  const { tx, now } = ctx;
  const today = todayInShanghai(now);
  const rulesOf = rulesCache(tx);
  const tasks = await queryRows<OpenTask>(
    tx,
    sql`select t.id as "taskId", t.item_id as "itemId", t.unit_id as "unitId", i.congress_id as "congressId", s.year,
               t.role, i.state as "itemState", t.due_date::text as due, t.state as "taskState",
               (select d.due_date::text from deadlines d where d.item_id = i.id and d.kind = 'adjustmentWindow' limit 1) as "adjustmentDue"
        from tasks t join items i on i.id = t.item_id join sessions s on s.id = i.session_id
        where ${stateIn('i.state', DEADLINE_RUNNING_STATES)} and ${stateIn('t.state', OPEN_TASK_STATES)} and t.due_date is not null
        order by t.id`,
  );
  let yellow = 0;
  let red = 0;
  let closing = 0;
  const system = { actor: null, now };
  for (const t of tasks) {
    const rules = await rulesOf(t.congressId, t.year);
    const { light, daysLeft } = computeLight({ due: t.due, today, yellowDays: rules.yellowDays, done: false });
    if (light === 'red' || light === 'yellow') {
      const type = light === 'red' ? 'lightRed' : 'lightYellow';
      const payload = { taskId: t.taskId, unitId: t.unitId, light, due: t.due, daysLeft, deadline: deadlineName(t) };
      if (await notify(tx, { type, itemId: t.itemId, recipientOrgId: t.unitId, dedupeKey: `${type}:${t.taskId}:${t.due}`, payload })) {
        await appendEvent(tx, system, { itemId: t.itemId, taskId: t.taskId, type: 'lightChanged', payload });
        if (light === 'red') red++;
        else yellow++;
      }
    }
    // R-ASSIGN-3: the window a unit may ask for an adjustment in is about to close.
    if (t.adjustmentDue && t.role !== 'reference' && t.taskState === 'assigned' && t.itemState === 'handling') {
      const left = diffDays(today, t.adjustmentDue);
      if (left >= 0 && left <= rules.adjustmentClosingNoticeDays) {
        const payload = { taskId: t.taskId, unitId: t.unitId, due: t.adjustmentDue, daysLeft: left };
        if (
          await notify(tx, {
            type: 'adjustmentWindowClosing',
            itemId: t.itemId,
            recipientOrgId: t.unitId,
            dedupeKey: `adjustmentWindowClosing:${t.taskId}:${t.adjustmentDue}`,
            payload,
          })
        ) {
          await appendEvent(tx, system, { itemId: t.itemId, taskId: t.taskId, type: 'adjustmentWindowClosing', payload });
          closing++;
        }
      }
    }
  }
  return { tasks: tasks.length, yellow, red, adjustmentWindowClosing: closing };
}
