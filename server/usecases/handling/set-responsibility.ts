import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { ACTIVE_TASK_STATES } from '../../../domain/items/states';
import { organizations, users } from '../../db/schema';
import { ownTask } from '../lib/tasks';
import { appendEvent, casTask, notify, touchItem } from '../lib/history';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

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
    // A reference task is done once contacted (as the item page offers it: domain/items/available-actions.ts).
    if (!ACTIVE_TASK_STATES.includes(task.state) || task.state === 'contacted') throw domainError('TASK_NOT_ACTIVE', { variant: 'responsibility' });
    const [division] = await tx
      .select()
      .from(organizations)
      .where(and(eq(organizations.id, o.divisionId), eq(organizations.kind, 'division'), eq(organizations.parentId, task.unitId)));
    if (!division) throw domainError('UNKNOWN_DIVISION');
    if (o.handlerUserId) {
      const [h] = await tx
        .select()
        .from(users)
        .where(and(eq(users.id, o.handlerUserId), eq(users.organizationId, task.unitId)));
      if (!h) throw domainError('UNKNOWN_HANDLER');
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
