import { and, eq, inArray } from 'drizzle-orm';
import { invalid } from '../../../domain/errors';
import type { PlannedUnit } from '../../../domain/items/assignment-plan';
import type { Db } from '../../db/client';
import { organizations, tasks } from '../../db/schema';
import type { ItemRow, TaskRow } from '../lib/access';
import { liveTasks } from '../lib/access';

/** Checks the planned units are handling units of the item's congress. */
export async function checkUnits(tx: Db, congressId: number, unitIds: number[]): Promise<void> {
  if (!unitIds.length) return;
  const rows = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(inArray(organizations.id, unitIds), eq(organizations.kind, 'unit'), eq(organizations.congressId, congressId), eq(organizations.active, true)));
  if (rows.length !== new Set(unitIds).size) throw invalid('UNKNOWN_UNIT', '承办单位不存在或已停用');
}

/**
 * Makes the item's live tasks match the plan: tasks of units no longer in it
 * are withdrawn, kept ones take the planned role and state, new ones are
 * created. Returns the live tasks after the change.
 */
export async function applyPlan(tx: Db, item: ItemRow, plan: PlannedUnit[], state: 'draft' | 'assigned', assignedOn: string | null): Promise<{ tasks: TaskRow[]; added: number[]; withdrawn: number[] }> {
  await checkUnits(tx, item.congressId, plan.map((p) => p.unitId));
  const current = await liveTasks(tx, item.id);
  const withdrawn: number[] = [];
  for (const t of current) {
    if (!plan.some((p) => p.unitId === t.unitId)) {
      await tx.update(tasks).set({ state: 'withdrawn', version: t.version + 1 }).where(eq(tasks.id, t.id));
      withdrawn.push(t.unitId);
    }
  }
  const added: number[] = [];
  for (const p of plan) {
    const t = current.find((c) => c.unitId === p.unitId);
    if (t) {
      await tx.update(tasks).set({ role: p.role, state, assignedOn, version: t.version + 1 }).where(eq(tasks.id, t.id));
    } else {
      await tx.insert(tasks).values({ itemId: item.id, unitId: p.unitId, role: p.role, state, assignedOn });
      added.push(p.unitId);
    }
  }
  return { tasks: await liveTasks(tx, item.id), added, withdrawn };
}
