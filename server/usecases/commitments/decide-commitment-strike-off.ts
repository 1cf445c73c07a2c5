import { checkTransition } from '../../../domain/items/transitions';
import { appendEvent, touchItem } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { casCommitment, loadCommitment, notifyUnit } from './lib';

/**
 * R-TRACK-1: the liaison or government office decides a unit's strike-off
 * request: approved → struck off (销号); rejected, with the reason → tracked
 * again (挂号). The unit is told either way.
 */
export async function decideCommitmentStrikeOff(ctx: Ctx, o: { itemId: number; commitmentId: number; version: number; approve: boolean; note: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const c = await loadCommitment(tx, ctx.actor, item, o.commitmentId);
    const action = o.approve ? 'approveCommitmentStrikeOff' : 'rejectCommitmentStrikeOff';
    const to = o.approve ? 'struckOff' : 'registered';
    checkTransition(action, c.state, ctx.actor.role, to);
    const updated = await casCommitment(
      tx,
      c,
      o.version,
      o.approve ? { state: to, closedNote: o.note || c.strikeOffRequestNote, closedAt: nowOf(ctx) } : { state: to },
    );
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: action,
      fromState: c.state,
      toState: to,
      payload: { commitmentId: c.id, note: o.note, request: c.strikeOffRequestNote },
    });
    await notifyUnit(tx, c, item, 'commitmentStrikeOffDecided', {
      approve: o.approve,
      note: o.note,
      title: o.approve ? '承诺事项已同意销号' : '承诺事项销号申请被驳回',
      message: o.approve ? `的承诺事项“${c.content}”已同意销号。${o.note}` : `的承诺事项“${c.content}”销号申请未获同意：${o.note}`,
    });
    return updated;
  });
}
