import { and, eq } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { domainError } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { deadlines, requests } from '../../db/schema';
import { ownTask } from '../lib/tasks';
import { appendEvent, casTask, touchItem } from '../lib/history';
import { notifyOffices } from '../lib/office-notices';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

/**
 * R-ASSIGN-3: within the adjustment window after assignment (or on a draft
 * assignment) a unit may ask, with a written reason, to be relieved or to
 * have the item adjusted. After the window only the office can reassign.
 */
export async function requestAdjustment(ctx: Ctx, o: { itemId: number; taskVersion: number; reason: string; suggestedUnitIds?: number[] }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    expectVersion(task.version, o.taskVersion);
    checkTransition('requestAdjustment', task.state, ctx.actor.role, 'adjustmentRequested');
    if (task.state === 'assigned') {
      const [window] = await tx
        .select()
        .from(deadlines)
        .where(and(eq(deadlines.itemId, item.id), eq(deadlines.kind, 'adjustmentWindow')));
      const today = todayInShanghai(ctx.now);
      if (!window || today > window.dueDate) {
        throw domainError('ADJUSTMENT_WINDOW_CLOSED', { dueDate: window?.dueDate });
      }
    }
    const [req] = await tx
      .insert(requests)
      .values({
        kind: 'adjustment',
        itemId: item.id,
        taskId: task.id,
        unitId: task.unitId,
        reason: o.reason,
        suggestedUnitIds: o.suggestedUnitIds ?? [],
        requestedBy: ctx.actor.userId,
        createdAt: nowOf(ctx),
      })
      .returning();
    await casTask(tx, task, o.taskVersion, { state: 'adjustmentRequested' });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: task.id,
      type: 'requestAdjustment',
      fromState: task.state,
      toState: 'adjustmentRequested',
      payload: { requestId: req.id, reason: o.reason },
    });
    await notifyOffices(tx, { type: 'adjustmentRequested', itemId: item.id, unitId: task.unitId, payload: { requestId: req.id } });
    return req;
  });
}
