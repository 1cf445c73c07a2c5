import { and, eq, inArray } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import type { PlannedUnit } from '../../../domain/items/assignment-plan';
import type { Db } from '../../db/client';
import { organizations, requests, tasks } from '../../db/schema';
import { appendEvent } from '../lib/history';
import { nowOf, type Ctx } from '../lib/run';
import type { ItemRow, TaskRow } from '../../auth/item-scope';
import { liveTasks } from '../lib/tasks';
import { unitsCongressOf } from '../../auth/units-congress';

/** Checks the planned units are handling units of the item's congress. */
export async function checkUnits(tx: Db, congressId: number, unitIds: number[]): Promise<void> {
  if (!unitIds.length) return;
  const rows = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(inArray(organizations.id, unitIds), eq(organizations.kind, 'unit'), eq(organizations.congressId, congressId), eq(organizations.active, true)));
  if (rows.length !== new Set(unitIds).size) throw domainError('UNKNOWN_UNIT', { variant: 'plan' });
}

/**
 * Makes the item's live tasks match the plan. Tasks of units no longer in it
 * are withdrawn; new ones are created; a kept task whose role changes, or
 * that was only drafted, starts over in the new state; a kept task with the
 * same role keeps its progress (a sent reply or co-opinion is not undone by a
 * reassignment). Pending adjustment requests of tasks that change are closed
 * with a note, so none is left undecidable.
 */
export async function applyPlan(
  tx: Db,
  ctx: Ctx,
  item: ItemRow,
  plan: PlannedUnit[],
  state: 'draft' | 'assigned',
  assignedOn: string | null,
): Promise<{ tasks: TaskRow[]; added: number[]; withdrawn: number[] }> {
  await checkUnits(
    tx,
    // R-ASSIGN-4: an item handed down is assigned to the lower body's units; a proposal to the congress's (§8).
    await unitsCongressOf(tx, item),
    plan.map((p) => p.unitId),
  );
  const current = await liveTasks(tx, item.id);
  const withdrawn: number[] = [];
  const changed: TaskRow[] = [];
  for (const t of current) {
    if (!plan.some((p) => p.unitId === t.unitId)) {
      await tx
        .update(tasks)
        .set({ state: 'withdrawn', version: t.version + 1 })
        .where(eq(tasks.id, t.id));
      withdrawn.push(t.unitId);
      changed.push(t);
    }
  }
  const added: number[] = [];
  for (const p of plan) {
    const t = current.find((c) => c.unitId === p.unitId);
    if (!t) {
      await tx.insert(tasks).values({ itemId: item.id, unitId: p.unitId, role: p.role, state, assignedOn });
      added.push(p.unitId);
    } else if (t.role !== p.role || t.state === 'draft' || (t.state === 'adjustmentRequested' && state === 'assigned' && item.state === 'draftAssigned')) {
      await tx
        .update(tasks)
        .set({ role: p.role, state, assignedOn, version: t.version + 1 })
        .where(eq(tasks.id, t.id));
      changed.push(t);
    }
  }
  // The changed tasks' pending requests are closed in one statement, each with its event.
  const closed = changed.length
    ? await tx
        .update(requests)
        .set({ state: 'rejected', decisionNote: '交办方案已调整，本申请自动关闭', decidedBy: ctx.actor.userId, decidedAt: nowOf(ctx) })
        .where(
          and(
            inArray(
              requests.taskId,
              changed.map((t) => t.id),
            ),
            eq(requests.state, 'pending'),
          ),
        )
        .returning({ id: requests.id, taskId: requests.taskId })
    : [];
  for (const r of closed) {
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: r.taskId,
      type: 'decideAdjustment',
      fromState: 'adjustmentRequested',
      toState: 'closed',
      payload: { requestId: r.id, approve: false, note: '交办方案已调整，本申请自动关闭' },
    });
  }
  return { tasks: await liveTasks(tx, item.id), added, withdrawn };
}
