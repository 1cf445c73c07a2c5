import { and, eq, ne, sql } from 'drizzle-orm';
import { invalid, ruleViolation } from '../../../domain/errors';
import { items, organizations, sessions, tasks, users } from '../../db/schema';
import { ownTask } from '../lib/access';
import { loadRules } from '../lib/deadlines';
import { appendEvent, casTask, notify, touchItem } from '../lib/history';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

const LIVE = ['assigned', 'opinionSent', 'replied', 'adjustmentRequested'];

/**
 * R-HANDLE-1: the unit's office assigns its part of the item to a division
 * and a handler and names the responsible leader; the breakdown goes to the
 * deputy for confirmation.
 */
export async function setResponsibility(
  ctx: Ctx,
  o: { itemId: number; taskVersion: number; divisionId: number; handlerUserId?: number | null; handlerName: string; responsibleLeader: string },
) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    expectVersion(task.version, o.taskVersion);
    if (!LIVE.includes(task.state)) throw ruleViolation('TASK_NOT_ACTIVE', '该件尚未正式交办或已撤回，不能分解责任');
    const [division] = await tx
      .select()
      .from(organizations)
      .where(and(eq(organizations.id, o.divisionId), eq(organizations.kind, 'division'), eq(organizations.parentId, task.unitId)));
    if (!division) throw invalid('UNKNOWN_DIVISION', '处室不存在或不属于本单位');
    if (o.handlerUserId) {
      const [h] = await tx.select().from(users).where(and(eq(users.id, o.handlerUserId), eq(users.organizationId, task.unitId)));
      if (!h) throw invalid('UNKNOWN_HANDLER', '承办人不属于本单位');
    }
    const updated = await casTask(tx, task, o.taskVersion, {
      divisionId: division.id,
      handlerUserId: o.handlerUserId ?? null,
      handlerName: o.handlerName,
      responsibleLeader: o.responsibleLeader,
      breakdownAt: nowOf(ctx),
    });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: task.id,
      type: 'setResponsibility',
      payload: {
        before: { divisionId: task.divisionId, handlerName: task.handlerName, responsibleLeader: task.responsibleLeader },
        after: { divisionId: division.id, division: division.name, handlerName: o.handlerName, responsibleLeader: o.responsibleLeader },
      },
    });
    await notify(tx, { type: 'responsibilityForConfirmation', itemId: item.id, recipientDeputyId: item.leadDeputyId ?? undefined });
    return updated;
  });
}

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
        throw ruleViolation('KEY_ITEM_LIMIT', `每个单位每届会议最多确定 ${rules.values.keyItemsPerUnitMax} 件重点处理建议`);
      }
    }
    const updated = await casTask(tx, task, o.taskVersion, { isKeyItem: o.isKeyItem });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, taskId: task.id, type: 'markKeyItem', payload: { before: task.isKeyItem, after: o.isKeyItem } });
    return updated;
  });
}
