import { sql } from 'drizzle-orm';
import { todayInShanghai, yearOf } from '../../domain/deadlines';
import { DEADLINE_RUNNING_STATES, OPEN_TASK_STATES } from '../../domain/items/states';
import { isoWeek, weeklyDue } from '../../domain/supervision/weekly';
import { queryRows } from '../db/client';
import { stateIn } from '../db/state-sql';
import { itemEvents, reminders } from '../db/schema';
import { notify, type EventType } from '../usecases/lib/history';
import { loadCalendar } from '../rules/calendar';
import { loadRules } from '../rules/rules-profile';
import type { JobContext, JobResult } from './types';

type Kind = 'weeklyReminder' | 'weeklyUrge';

interface UnitTasks {
  unitId: number;
  tasks: { itemId: number; taskId: number; number: string; due: string | null }[];
}

/**
 * R-SUP-2: the weekly reminder to every unit with open items (default
 * Monday) and the weekly urge to every unit behind schedule, i.e. with open
 * tasks past their deadline (default Friday), on the weekdays of each
 * congress's rules profile — on a holiday, the week's next working day when the
 * profile says so. Once per unit and week: the reminders table's unique index
 * decides, so a second run (another process, a catch-up) sends nothing. Each
 * reminder is logged on every item it covers and notified to the unit.
 */
export async function sendWeeklyReminders(ctx: JobContext, kind: Kind): Promise<JobResult> {
  const { tx, now } = ctx;
  const today = todayInShanghai(now);
  const week = isoWeek(today);
  const congresses = await queryRows<{ id: number }>(tx, sql`select id from congresses order by id`);
  let units = 0;
  let itemsLogged = 0;
  for (const c of congresses) {
    const rules = (await loadRules(tx, c.id, yearOf(today))).values;
    // Each body's own calendar: a local holiday moves its reminder, not the others'.
    const cal = await loadCalendar(tx, c.id);
    const weekday = kind === 'weeklyReminder' ? rules.weeklyReminderWeekday : rules.weeklyUrgeWeekday;
    if (!weeklyDue(today, weekday, rules.remindersSkipHolidays, cal)) continue;
    const rows = await queryRows<UnitTasks>(
      tx,
      sql`select t.unit_id as "unitId",
                 json_agg(json_build_object('itemId', i.id, 'taskId', t.id, 'number', i.number, 'due', t.due_date) order by t.due_date nulls last, i.number) as tasks
          from tasks t join items i on i.id = t.item_id
          where i.congress_id = ${c.id} and ${stateIn('i.state', DEADLINE_RUNNING_STATES)}
            and ${stateIn('t.state', OPEN_TASK_STATES)}
            ${kind === 'weeklyUrge' ? sql`and t.due_date < ${today}` : sql``}
          group by t.unit_id order by t.unit_id`,
    );
    for (const u of rows) {
      const [r] = await tx
        .insert(reminders)
        .values({ congressId: c.id, kind, unitId: u.unitId, itemIds: [...new Set(u.tasks.map((t) => t.itemId))], week, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: reminders.id });
      if (!r) continue; // already sent this week
      units++;
      itemsLogged += u.tasks.length;
      await tx.insert(itemEvents).values(
        u.tasks.map((t) => ({
          itemId: t.itemId,
          taskId: t.taskId,
          type: kind satisfies EventType,
          actorRole: 'system',
          actorName: '系统',
          at: now,
          payload: { reminderId: r.id, week, unitId: u.unitId, due: t.due },
        })),
      );
      const overdue = u.tasks.filter((t) => t.due !== null && t.due < today);
      await notify(tx, {
        type: kind,
        congressId: c.id,
        recipientOrgId: u.unitId,
        dedupeKey: `${kind}:${c.id}:${u.unitId}:${week}`,
        payload: {
          reminderId: r.id,
          count: u.tasks.length,
          overdue: overdue.length,
          numbers:
            (kind === 'weeklyUrge' ? overdue : u.tasks)
              .slice(0, 10)
              .map((t) => t.number)
              .join('、') + (u.tasks.length > 10 ? ' 等' : ''),
        },
      });
    }
  }
  return { week, units, items: itemsLogged };
}

export const weeklyReminderJob = (ctx: JobContext) => sendWeeklyReminders(ctx, 'weeklyReminder');
export const weeklyUrgeJob = (ctx: JobContext) => sendWeeklyReminders(ctx, 'weeklyUrge');
