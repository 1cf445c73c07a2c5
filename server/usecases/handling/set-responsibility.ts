import { and, eq, isNull } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { mayBreakDown } from '../../../domain/items/handling-rules';
import { ACTIVE_TASK_STATES } from '../../../domain/items/states';
import type { Db } from '../../db/client';
import { organizations, users } from '../../db/schema';
import { ownTask } from '../lib/tasks';
import { appendEvent, casTask, notify, touchItem } from '../lib/history';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

export interface ResponsibilityInput {
  itemId: number;
  taskVersion: number;
  divisionId: number;
  /** picked from the unit's people (GET /api/units/mine/people) */
  handlerUserId?: number | null;
  /** the printed name; defaults to the picked account's name */
  handlerName?: string | null;
  responsibleLeaderUserId?: number | null;
  responsibleLeader?: string | null;
}

/**
 * R-HANDLE-1: the unit's office assigns its part of the item to a division
 * and a handler and names the responsible leader; the breakdown goes to the
 * deputy for confirmation. Handler and leader are the unit's own accounts in
 * use (the leader a unitLeader); the names the breakdown table (办理责任分解表)
 * prints are kept on the task: the account's name unless another text is given
 * (e.g. with the post: 副厅长 王某). The handler's account is stored on the task
 * (handler_user_id); the leader's, which the task has no column for, in the
 * event's payload. Only while the unit still owes its part (handling-rules.ts).
 */
export async function setResponsibility(ctx: Ctx, o: ResponsibilityInput) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    expectVersion(task.version, o.taskVersion);
    if (!ACTIVE_TASK_STATES.includes(task.state)) throw domainError('TASK_NOT_ACTIVE', { variant: 'responsibility' });
    if (!mayBreakDown(task.state)) throw domainError('TASK_NOT_ACTIVE', { variant: 'responsibilityDone' });
    const [division] = await tx
      .select()
      .from(organizations)
      .where(and(eq(organizations.id, o.divisionId), eq(organizations.kind, 'division'), eq(organizations.parentId, task.unitId)));
    if (!division) throw domainError('UNKNOWN_DIVISION');
    const handler = o.handlerUserId ? await unitAccount(tx, task.unitId, o.handlerUserId) : null;
    if (o.handlerUserId && !handler) throw domainError('UNKNOWN_HANDLER');
    const leader = o.responsibleLeaderUserId ? await unitAccount(tx, task.unitId, o.responsibleLeaderUserId) : null;
    if (o.responsibleLeaderUserId && leader?.role !== 'unitLeader') throw domainError('UNKNOWN_LEADER');
    const handlerName = o.handlerName?.trim() || handler?.name;
    const responsibleLeader = o.responsibleLeader?.trim() || leader?.name;
    if (!handlerName) throw domainError('PERSON_REQUIRED', { variant: 'handler' });
    if (!responsibleLeader) throw domainError('PERSON_REQUIRED', { variant: 'leader' });
    const updated = await casTask(tx, task, o.taskVersion, {
      divisionId: division.id,
      handlerUserId: handler?.id ?? null,
      handlerName,
      responsibleLeader,
      breakdownAt: nowOf(ctx),
    });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: task.id,
      type: 'setResponsibility',
      payload: {
        before: { divisionId: task.divisionId, handlerUserId: task.handlerUserId, handlerName: task.handlerName, responsibleLeader: task.responsibleLeader },
        after: {
          divisionId: division.id,
          division: division.name,
          handlerUserId: handler?.id ?? null,
          handlerName,
          responsibleLeaderUserId: leader?.id ?? null,
          responsibleLeader,
        },
      },
    });
    await notify(tx, { type: 'responsibilityForConfirmation', itemId: item.id, recipientDeputyId: item.leadDeputyId ?? undefined });
    return updated;
  });
}

/** An account in use of the unit (the unit's people the breakdown form offers). */
async function unitAccount(tx: Db, unitId: number, userId: number) {
  const [u] = await tx
    .select({ id: users.id, name: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, unitId), isNull(users.disabledAt)));
  return u ?? null;
}
