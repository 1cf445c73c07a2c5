import { todayInShanghai } from '../../../domain/deadlines';
import { checkTransition } from '../../../domain/items/transitions';
import { liveTasks } from '../lib/tasks';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, casTask, notify } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';

/**
 * R-EVAL-2: the office forwards a dissatisfied evaluation; the replying units
 * re-handle, meet the deputy face to face and reply again within the
 * re-handling period (default 30 days) from today.
 */
export async function forwardForRehandling(ctx: Ctx, o: { itemId: number; version: number; note: string }) {
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'forwardForRehandling');
    checkTransition('forwardForRehandling', item.state, ctx.actor.role, 'rehandling');
    const today = todayInShanghai(ctx.now);
    const updated = await casItem(tx, item, o.version, { state: 'rehandling', round: item.round + 1, rehandleFrom: today, repliedOn: null });
    for (const t of await liveTasks(tx, item.id)) {
      if (t.role !== 'lead' && t.role !== 'split') continue;
      checkTransition('reopenForRehandling', t.state, ctx.actor.role, 'assigned');
      await casTask(tx, t, t.version, { state: 'assigned', doneAt: null });
      await notify(tx, { type: 'rehandleRequired', itemId: item.id, recipientOrgId: t.unitId, payload: { note: o.note } });
    }
    await recomputeDeadlines(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'forwardForRehandling',
      fromState: item.state,
      toState: 'rehandling',
      payload: { note: o.note, round: item.round + 1 },
    });
    return updated;
  });
}
