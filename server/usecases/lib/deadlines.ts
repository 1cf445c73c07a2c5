import { eq, sql } from 'drizzle-orm';
import type { RulesProfileValues, WorkdayCalendar } from '../../../domain/deadlines';
import { computeItemDeadlines } from '../../../domain/items/item-deadlines';
import type { TaskRole } from '../../../domain/items/kinds';
import type { Db } from '../../db/client';
import { deadlines, items, sessions, tasks } from '../../db/schema';
import { calendarFrom, calendarRowsSql } from '../../rules/calendar';
import { parseRules, storedRulesOf } from '../../rules/rules-profile';

/**
 * Recomputes and stores every deadline of one item (R-REPLY-7, R-CO-1,
 * R-EVAL-2/3, R-ASSIGN-3) with the rule that produced it, and the item's
 * and tasks' due dates. Called after each change of base, state or profile. The calendar is the
 * item's body's (a bulk recompute passes it, for items of one body only).
 */
export async function recomputeDeadlines(tx: Db, itemId: number, cache?: { cal?: WorkdayCalendar; rules?: Map<string, RulesProfileValues> }): Promise<void> {
  const [row] = await tx
    .select({
      item: items,
      year: sessions.year,
      // Fetched in the same round trip: this runs on every transition.
      storedRules: storedRulesOf(items.congressId, sessions.year),
      // A bulk recompute passes the calendar once; then it is not read again for every item.
      adminYears: cache?.cal ? sql<null>`null` : calendarRowsSql(sql`${items.congressId}`),
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
      state: item.state,
      sessionYear: row.year,
      assignedOn: item.assignedOn,
      replyExtended: item.replyExtended,
      rehandleFrom: item.rehandleFrom,
      repliedOn: item.repliedOn,
      tasks: taskRows.map((t) => ({ id: t.id, role: t.role as TaskRole, state: t.state, assignedOn: t.assignedOn })),
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
  await tx.update(items).set({ replyDue: r.replyDue, currentDue: r.currentDue, currentDueProvisional: r.currentDueProvisional }).where(eq(items.id, itemId));
  for (const t of taskRows) {
    const due = r.taskDue.get(t.id);
    if ((due?.due ?? null) !== t.dueDate || (due?.provisional ?? false) !== t.dueProvisional) {
      await tx
        .update(tasks)
        .set({ dueDate: due?.due ?? null, dueProvisional: due?.provisional ?? false })
        .where(eq(tasks.id, t.id));
    }
  }
}
