import { checkTransition } from '../../../domain/items/transitions';
import { appendEvent, touchItem } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { casCommitment, loadCommitment, notifyUnit } from './lib';

/**
 * R-TRACK-1: the office closes a commitment itself: strikes it off as
 * delivered (销号), or converts it to C with an explanation of why it cannot
 * be delivered now (R-REPLY-3). The unit is told.
 */
export async function closeCommitment(ctx: Ctx, o: { itemId: number; commitmentId: number; version: number; how: 'strikeOff' | 'convertToC'; note: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const c = await loadCommitment(tx, ctx.actor, item, o.commitmentId);
    const action = o.how === 'strikeOff' ? 'strikeOffCommitment' : 'convertCommitmentToC';
    const to = o.how === 'strikeOff' ? 'struckOff' : 'convertedToC';
    checkTransition(action, c.state, ctx.actor.role, to);
    const updated = await casCommitment(tx, c, o.version, { state: to, closedNote: o.note, closedAt: nowOf(ctx) });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: action,
      fromState: c.state,
      toState: to,
      payload: { commitmentId: c.id, note: o.note, before: { targetDate: c.targetDate }, after: { targetDate: updated.targetDate } },
    });
    await notifyUnit(tx, c, item, 'commitmentClosed', {
      how: o.how,
      note: o.note,
      title: o.how === 'strikeOff' ? '承诺事项已销号' : '承诺事项已转为C类',
      message: `的承诺事项“${c.content}”${o.how === 'strikeOff' ? '已销号' : '已转为C类'}：${o.note}`,
    });
    return updated;
  });
}
