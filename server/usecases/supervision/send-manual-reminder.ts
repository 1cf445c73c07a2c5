import { domainError, fieldError } from '../../../domain/errors';
import { ITEM_STATE_LABELS, OPEN_TASK_STATES, type ItemState, type TaskState } from '../../../domain/items/states';
import { URGEABLE_STATES } from '../../../domain/supervision/key-supervision';
import { reminders } from '../../db/schema';
import { appendEvent, notify } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { itemUnits } from '../../auth/item-scope';
import { requireSupervisor } from './shared';

const isOpen = (state: TaskState) => OPEN_TASK_STATES.includes(state);

/** R-SUP-2: an item's deadline must be running for its units to be reminded or urged. */
export function checkUrgeable(state: ItemState): void {
  if (!URGEABLE_STATES.includes(state)) {
    throw domainError('NOT_URGEABLE', { stateLabel: ITEM_STATE_LABELS[state] ?? state });
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
      if (!targets.length) throw fieldError('UNIT_NOT_OPEN', 'body.unitId');
    } else if (!targets.length) {
      throw domainError('NO_OPEN_UNITS');
    }
    const now = nowOf(ctx);
    const rows = await tx
      .insert(reminders)
      .values(
        targets.map((u) => ({
          congressId: item.congressId,
          kind: 'manual',
          unitId: u.unitId,
          itemIds: [item.id],
          note: o.note,
          createdBy: ctx.actor.userId,
          createdAt: now,
        })),
      )
      .returning();
    for (const [i, u] of targets.entries()) {
      await appendEvent(tx, ctx, {
        itemId: item.id,
        taskId: u.taskId,
        type: 'sendManualReminder',
        payload: { reminderId: rows[i].id, unitId: u.unitId, unit: u.unitName, note: o.note },
      });
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
