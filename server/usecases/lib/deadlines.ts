import { and, eq, sql } from 'drizzle-orm';
import { DEFAULT_RULES, rulesProfileValuesSchema, WorkdayCalendar, type RulesProfileValues, type YearSchedule } from '../../../domain/deadlines';
import { computeItemDeadlines } from '../../../domain/items/item-deadlines';
import type { ItemState, TaskState } from '../../../domain/items/states';
import type { TaskRole } from '../../../domain/items/kinds';
import type { Db } from '../../db/client';
import { calendarYears, deadlines, items, rulesProfiles, sessions, tasks } from '../../db/schema';

/** The rules profile of a congress for a year; the defaults of domain.md when none is stored. */
export async function loadRules(tx: Db, congressId: number, year: number): Promise<{ values: RulesProfileValues; year: number; stored: boolean }> {
  const [p] = await tx
    .select()
    .from(rulesProfiles)
    .where(and(eq(rulesProfiles.congressId, congressId), eq(rulesProfiles.year, year)));
  return { values: parseRules(p?.values), year, stored: !!p };
}

/** A stored profile's values, or the defaults of domain.md when none is stored. */
function parseRules(stored: unknown): RulesProfileValues {
  return stored ? rulesProfileValuesSchema.parse(stored) : DEFAULT_RULES;
}

/** The workday calendar: built-in schedules overridden by the administrator's (calendar_years). */
export async function loadCalendar(tx: Db): Promise<WorkdayCalendar> {
  return calendarFrom(await tx.select().from(calendarYears));
}

export function calendarFrom(rows: { year: number; holidays: string[]; makeupWorkdays: string[] }[]): WorkdayCalendar {
  const schedules: YearSchedule[] = rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeupWorkdays, source: 'admin' }));
  return new WorkdayCalendar(schedules);
}

/**
 * Recomputes and stores every deadline of one item (R-REPLY-7, R-CO-1,
 * R-EVAL-2/3, R-ASSIGN-3) with the rule that produced it, and the item's
 * and tasks' due dates. Called after each change of base, state or profile.
 */
export async function recomputeDeadlines(tx: Db, itemId: number, cache?: { cal?: WorkdayCalendar; rules?: Map<string, RulesProfileValues> }): Promise<void> {
  const [row] = await tx
    .select({
      item: items,
      year: sessions.year,
      // Fetched in the same round trip: this runs on every transition.
      storedRules: sql<unknown>`(select rp.values from rules_profiles rp where rp.congress_id = ${items.congressId} and rp.year = ${sessions.year})`,
      // A bulk recompute passes the calendar once; then it is not read again for every item.
      adminYears: cache?.cal
        ? sql<null>`null`
        : sql<{ year: number; holidays: string[]; makeupWorkdays: string[] }[] | null>`(select json_agg(json_build_object('year', c.year, 'holidays', c.holidays, 'makeupWorkdays', c.makeup_workdays)) from calendar_years c)`,
    })
    .from(items)
    .innerJoin(sessions, eq(sessions.id, items.sessionId))
    .where(eq(items.id, itemId));
  const item = row.item;
  const taskRows = await tx.select().from(tasks).where(eq(tasks.itemId, itemId));
  const cal = cache?.cal ?? calendarFrom(row.adminYears ?? []);
  const key = `${item.congressId}:${row.year}`;
  let rules = cache?.rules?.get(key);
  if (!rules) {
    rules = parseRules(row.storedRules);
    cache?.rules?.set(key, rules);
  }
  const r = computeItemDeadlines(
    {
      state: item.state as ItemState,
      sessionYear: row.year,
      assignedOn: item.assignedOn,
      replyExtended: item.replyExtended,
      rehandleFrom: item.rehandleFrom,
      repliedOn: item.repliedOn,
      tasks: taskRows.map((t) => ({ id: t.id, role: t.role as TaskRole, state: t.state as TaskState, assignedOn: t.assignedOn })),
    },
    rules,
    cal,
    row.year,
  );
  await tx.delete(deadlines).where(eq(deadlines.itemId, itemId));
  if (r.deadlines.length) {
    await tx.insert(deadlines).values(
      r.deadlines.map((d) => ({
        itemId,
        taskId: d.taskId,
        kind: d.kind,
        baseDate: d.baseDate,
        dueDate: d.dueDate,
        rule: d.rule,
        provisional: d.provisional,
      })),
    );
  }
  await tx
    .update(items)
    .set({ replyDue: r.replyDue, currentDue: r.currentDue, currentDueProvisional: r.currentDueProvisional })
    .where(eq(items.id, itemId));
  for (const t of taskRows) {
    const due = r.taskDue.get(t.id);
    if ((due?.due ?? null) !== t.dueDate || (due?.provisional ?? false) !== t.dueProvisional) {
      await tx.update(tasks).set({ dueDate: due?.due ?? null, dueProvisional: due?.provisional ?? false }).where(eq(tasks.id, t.id));
    }
  }
}
