import { and, eq, ne, sql } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { items, organizations, sessions, tasks } from '../../db/schema';
import { ownTask } from '../lib/tasks';
import { loadRules } from '../../rules/rules-profile';
import { appendEvent, casTask, touchItem } from '../lib/history';
import { expectVersion, withItem, type Ctx } from '../lib/run';

/** R-HANDLE-2: a unit marks at most the profile's number (default 2) of its items per session as key items. */
export async function markKeyItem(ctx: Ctx, o: { itemId: number; taskVersion: number; isKeyItem: boolean }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    expectVersion(task.version, o.taskVersion);
    if (o.isKeyItem && !task.isKeyItem) {
      // Serialize key-item marking per unit: the count below must not race another item's marking.
      await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, task.unitId)).for('update');
      const [session] = await tx.select({ year: sessions.year }).from(sessions).where(eq(sessions.id, item.sessionId));
      const rules = await loadRules(tx, item.congressId, session.year);
      const [{ n }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(tasks)
        .innerJoin(items, eq(items.id, tasks.itemId))
        .where(and(eq(tasks.unitId, task.unitId), eq(tasks.isKeyItem, true), eq(items.sessionId, item.sessionId), ne(tasks.state, 'withdrawn')));
      if (n >= rules.values.keyItemsPerUnitMax) {
        throw domainError('KEY_ITEM_LIMIT', { max: rules.values.keyItemsPerUnitMax });
      }
    }
    const updated = await casTask(tx, task, o.taskVersion, { isKeyItem: o.isKeyItem });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, taskId: task.id, type: 'markKeyItem', payload: { before: task.isKeyItem, after: o.isKeyItem } });
    return updated;
  });
}
