import { isIsoDate, todayInShanghai } from '../../../domain/deadlines';
import { domainError } from '../../../domain/errors';
import { validatePlan, type PlannedUnit } from '../../../domain/items/assignment-plan';
import type { HandlingMode } from '../../../domain/items/kinds';
import { checkTransition } from '../../../domain/items/transitions';
import { fileCategory } from '../lib/category';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';
import { applyPlan } from './apply-plan';

export interface AssignInput {
  itemId: number;
  version: number;
  mode: HandlingMode;
  units: PlannedUnit[];
  leadingLeader?: string | null;
  /** The formal assignment date, the base of every deadline (default today, Asia/Shanghai). */
  assignedOn?: string;
  /** The category, when the item still has none (an imported one); ignored when it has. */
  categoryId?: number;
}

/**
 * R-ASSIGN-1/2: draft assignment (预交办) sends the plan to units for
 * objections; the formal assignment (交办) fixes the base date of every
 * deadline and starts handling. An item assigned has a category, as an
 * accepted one has (§2): one imported without is given it here.
 */
export async function assignSuggestion(ctx: Ctx, o: AssignInput & { draft?: boolean }) {
  validatePlan(o.mode, o.units, o.leadingLeader);
  const action = o.draft ? 'draftAssignment' : 'assignSuggestion';
  const to = o.draft ? 'draftAssigned' : 'handling';
  const today = todayInShanghai(ctx.now);
  const assignedOn = o.draft ? null : (o.assignedOn ?? today);
  if (assignedOn && (!isIsoDate(assignedOn) || assignedOn > today)) throw domainError('BAD_ASSIGN_DATE');
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, action);
    checkTransition(action, item.state, ctx.actor.role, to);
    // The item's own category stays (changing it is its own operation, changeCategory).
    const category = item.categoryId ? null : await fileCategory(tx, item, o.categoryId);
    const { tasks, added, withdrawn } = await applyPlan(tx, ctx, item, o.units, o.draft ? 'draft' : 'assigned', assignedOn);
    const updated = await casItem(tx, item, o.version, {
      state: to,
      handlingMode: o.mode,
      leadingLeader: o.mode === 'leaderLed' ? o.leadingLeader!.trim() : null,
      // R-ASSIGN-4: an item handed down keeps the higher body's deadlines, counted from the day it was handed down.
      assignedOn: assignedOn && item.handedDownOn ? item.handedDownOn : assignedOn,
      ...(category ? { categoryId: category.id } : {}),
    });
    if (!o.draft) await recomputeDeadlines(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: action,
      fromState: item.state,
      toState: to,
      payload: {
        mode: o.mode,
        units: o.units,
        leadingLeader: o.leadingLeader ?? null,
        assignedOn,
        added,
        withdrawn,
        ...(category ? { categoryId: category.id, categoryName: category.name } : {}),
      },
    });
    for (const t of tasks) await notify(tx, { type: action, itemId: item.id, recipientOrgId: t.unitId, payload: { role: t.role, number: item.number } });
    return updated;
  });
}
