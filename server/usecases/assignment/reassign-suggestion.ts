import { todayInShanghai } from '../../../domain/deadlines';
import { validatePlan, type PlannedUnit } from '../../../domain/items/assignment-plan';
import type { HandlingMode } from '../../../domain/items/kinds';
import { checkTransition } from '../../../domain/items/transitions';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';
import { applyPlan } from './apply-plan';

/**
 * R-ASSIGN-3: the office reassigns (二次交办) at any time during handling —
 * after the adjustment window only the office can. The deadline base is kept
 * unless the office resets it.
 */
export async function reassignSuggestion(
  ctx: Ctx,
  o: { itemId: number; version: number; mode: HandlingMode; units: PlannedUnit[]; leadingLeader?: string | null; resetBase?: boolean; reason: string },
) {
  validatePlan(o.mode, o.units, o.leadingLeader);
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'reassignSuggestion');
    checkTransition('reassignSuggestion', item.state, ctx.actor.role, item.state);
    const base = o.resetBase ? todayInShanghai(ctx.now) : item.assignedOn;
    const { tasks, added, withdrawn } = await applyPlan(tx, ctx, item, o.units, 'assigned', base);
    const updated = await casItem(tx, item, o.version, {
      handlingMode: o.mode,
      leadingLeader: o.mode === 'leaderLed' ? o.leadingLeader!.trim() : null,
      assignedOn: base,
    });
    await recomputeDeadlines(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'reassignSuggestion',
      fromState: item.state,
      toState: item.state,
      payload: {
        reason: o.reason,
        mode: o.mode,
        units: o.units,
        added,
        withdrawn,
        resetBase: !!o.resetBase,
        before: { mode: item.handlingMode, assignedOn: item.assignedOn },
      },
    });
    for (const t of tasks.filter((x) => added.includes(x.unitId))) await notify(tx, { type: 'reassigned', itemId: item.id, recipientOrgId: t.unitId });
    return updated;
  });
}
