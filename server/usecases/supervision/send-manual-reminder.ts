import { ruleViolation } from '../../../domain/errors';
import { ITEM_STATE_LABELS, type ItemState } from '../../../domain/items/states';
import { OPEN_TASK_STATES, URGEABLE_STATES } from '../../../domain/supervision/key-supervision';
import { reminders } from '../../db/schema';
import { appendEvent, notify } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { itemUnits, requireSupervisor } from './shared';

const isOpen = (state: string) => (OPEN_TASK_STATES as readonly string[]).includes(state);

/** R-SUP-2: an item's deadline must be running for its units to be reminded or urged. */
export function checkUrgeable(state: string): void {
  if (!URGEABLE_STATES.includes(state as ItemState)) {
    throw ruleViolation('NOT_URGEABLE', `该件当前状态（${ITEM_STATE_LABELS[state as ItemState] ?? state}）无需催办`);
  }
}

/**
 * R-SUP-2 a manual reminder (催办): to one unit of the item, or to every unit
 * whose part is still open, with a note. One `reminders` row per unit, logged
 * on the item's history against that unit's task (each unit sees its own)
 * and sent to the unit, all in one transaction.
 */
export async function sendManualReminder(ctx: Ctx, o: { itemId: number; unitId?: number | null; note: string }) {
  requireSupervisor(ctx.actor);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkUrgeable(item.state);
    const units = await itemUnits(tx, item.id);
    let targets = units.filter((u) => isOpen(u.state));
    if (o.unitId) {
      targets = targets.filter((u) => u.unitId === o.unitId);
      if (!targets.length) throw ruleViolation('UNIT_NOT_OPEN', '该单位在本件中没有待办的承办任务', [{ field: 'body.unitId', message: '该单位在本件中没有待办的承办任务' }]);
    } else if (!targets.length) {
      throw ruleViolation('NO_OPEN_UNITS', '本件没有尚未完成的承办单位');
    }
    const now = nowOf(ctx);
    const rows = await tx
      .insert(reminders)
      .values(targets.map((u) => ({ congressId: item.congressId, kind: 'manual', unitId: u.unitId, itemIds: [item.id], note: o.note, createdBy: ctx.actor.userId, createdAt: now })))
      .returning();
    for (const [i, u] of targets.entries()) {
      await appendEvent(tx, ctx, { itemId: item.id, taskId: u.taskId, type: 'sendManualReminder', payload: { reminderId: rows[i].id, unitId: u.unitId, unit: u.unitName, note: o.note } });
      await notify(tx, {
        type: 'manualReminder',
        itemId: item.id,
        congressId: item.congressId,
        recipientOrgId: u.unitId,
        payload: { reminderId: rows[i].id, number: item.number, title: item.title, note: o.note, by: ctx.actor.name },
      });
    }
    return { reminders: rows.map((r, i) => ({ ...r, unitName: targets[i].unitName })) };
  });
}
