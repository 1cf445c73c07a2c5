import { domainError } from '../../../domain/errors';
import { ownTask } from '../lib/tasks';
import { appendEvent, casTask, notify, touchItem } from '../lib/history';
import { expectVersion, nowOf, withItem, type Ctx } from '../lib/run';

/**
 * 签收 (R-ASSIGN-2/3): the unit's office acknowledges a new assignment — a
 * draft it raises no objection to, or a formal one it takes on — so the
 * liaison office sees who has received what. Once per task; an objection is
 * an adjustment request instead, which stays open during the window.
 */
export async function acknowledgeAssignment(ctx: Ctx, o: { itemId: number; taskVersion: number }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    expectVersion(task.version, o.taskVersion);
    if (task.state !== 'draft' && task.state !== 'assigned') throw domainError('TASK_NOT_ACTIVE', { variant: 'acknowledge' });
    if (task.acknowledgedAt) throw domainError('ALREADY_ACKNOWLEDGED');
    const updated = await casTask(tx, task, o.taskVersion, { acknowledgedAt: nowOf(ctx), acknowledgedBy: ctx.actor.userId });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: task.id,
      type: 'acknowledgeAssignment',
      payload: { role: task.role, draft: task.state === 'draft' },
    });
    await notify(tx, { type: 'assignmentAcknowledged', itemId: item.id, payload: { unitId: task.unitId } });
    return updated;
  });
}
