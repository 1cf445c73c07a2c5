import { and, eq } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { domainError, notFound } from '../../../domain/errors';
import { validatePlan, type PlannedUnit } from '../../../domain/items/assignment-plan';
import type { HandlingMode } from '../../../domain/items/kinds';
import { checkTransition } from '../../../domain/items/transitions';
import { items, requests, tasks } from '../../db/schema';
import { liveTasks } from '../lib/tasks';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, notify, touchItem } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';
import { unitsCongressOf } from '../../auth/units-congress';
import { checkUnits } from './apply-plan';

export interface DecideAdjustmentInput {
  itemId: number;
  requestId: number;
  approve: boolean;
  note: string;
  /** On approval: units added by the reassignment (二次交办). */
  addUnits?: PlannedUnit[];
  mode?: HandlingMode;
  /** The deadline base is kept unless the office resets it to today (R-ASSIGN-3). */
  resetBase?: boolean;
}

/**
 * R-ASSIGN-3: the office approves an adjustment request (the unit's task is
 * withdrawn and the item reassigned) or rejects it with an explanation (the
 * unit keeps handling).
 */
export async function decideAdjustment(ctx: Ctx, o: DecideAdjustmentInput) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'decideAdjustment');
    const [req] = await tx
      .select()
      .from(requests)
      .where(and(eq(requests.id, o.requestId), eq(requests.itemId, item.id), eq(requests.kind, 'adjustment')));
    if (!req) throw notFound('调整申请');
    checkTransition('decideRequest', req.state, ctx.actor.role);
    const [task] = await tx.select().from(tasks).where(eq(tasks.id, req.taskId));
    checkTransition('decideAdjustment', task.state, ctx.actor.role);
    const isDraft = item.state === 'draftAssigned';
    await tx
      .update(requests)
      .set({ state: o.approve ? 'approved' : 'rejected', decisionNote: o.note, decidedBy: ctx.actor.userId, decidedAt: nowOf(ctx) })
      .where(eq(requests.id, req.id));
    if (!o.approve) {
      await tx
        .update(tasks)
        .set({ state: isDraft ? 'draft' : 'assigned', version: task.version + 1 })
        .where(eq(tasks.id, task.id));
    } else {
      const remaining = (await liveTasks(tx, item.id)).filter((t) => t.id !== task.id);
      const added = o.addUnits ?? [];
      if (added.some((a) => a.unitId === task.unitId || remaining.some((r) => r.unitId === a.unitId))) {
        throw domainError('DUPLICATE_UNIT', { variant: 'adjustment' });
      }
      await checkUnits(
        tx,
        await unitsCongressOf(tx, item),
        added.map((a) => a.unitId),
      );
      const mode = o.mode ?? (item.handlingMode as HandlingMode);
      const plan: PlannedUnit[] = [
        ...remaining.filter((r) => r.role !== 'reference').map((r) => ({ unitId: r.unitId, role: r.role as PlannedUnit['role'] })),
        ...added,
      ];
      validatePlan(mode, plan, item.leadingLeader);
      const base = isDraft ? null : o.resetBase ? todayInShanghai(ctx.now) : item.assignedOn;
      await tx
        .update(tasks)
        .set({ state: 'withdrawn', version: task.version + 1 })
        .where(eq(tasks.id, task.id));
      for (const a of added) {
        await tx.insert(tasks).values({ itemId: item.id, unitId: a.unitId, role: a.role, state: isDraft ? 'draft' : 'assigned', assignedOn: base });
        await notify(tx, { type: 'reassigned', itemId: item.id, recipientOrgId: a.unitId, payload: { role: a.role } });
      }
      if (mode !== item.handlingMode) await tx.update(items).set({ handlingMode: mode }).where(eq(items.id, item.id));
    }
    await touchItem(tx, item.id);
    if (!isDraft) await recomputeDeadlines(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: task.id,
      type: 'decideAdjustment',
      fromState: 'adjustmentRequested',
      toState: o.approve ? 'withdrawn' : isDraft ? 'draft' : 'assigned',
      payload: { requestId: req.id, approve: o.approve, note: o.note, addUnits: o.addUnits ?? [], resetBase: !!o.resetBase },
    });
    await notify(tx, { type: 'adjustmentDecided', itemId: item.id, recipientOrgId: task.unitId, payload: { approve: o.approve, note: o.note } });
    return { requestId: req.id, approved: o.approve };
  });
}
