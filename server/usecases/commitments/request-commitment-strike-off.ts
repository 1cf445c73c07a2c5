import { checkTransition } from '../../../domain/items/transitions';
import { appendEvent, touchItem } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { casCommitment, loadCommitment, notifyOffices } from './lib';

/**
 * R-TRACK-1: the unit reports a commitment delivered and asks the office to
 * strike it off (销号申请), saying what was done; the offices are told.
 */
export async function requestCommitmentStrikeOff(ctx: Ctx, o: { itemId: number; commitmentId: number; version: number; note: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const c = await loadCommitment(tx, ctx.actor, item, o.commitmentId);
    checkTransition('requestCommitmentStrikeOff', c.state, ctx.actor.role, 'strikeOffRequested');
    const updated = await casCommitment(tx, c, o.version, { state: 'strikeOffRequested', strikeOffRequestNote: o.note, strikeOffRequestedAt: nowOf(ctx) });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'requestCommitmentStrikeOff',
      fromState: c.state,
      toState: updated.state,
      payload: { commitmentId: c.id, note: o.note },
    });
    await notifyOffices(tx, c, item, 'commitmentStrikeOffRequested', {
      title: '承诺事项销号申请待审批',
      message: `的承诺事项“${c.content}”，承办单位申请销号：${o.note}。请审核。`,
      note: o.note,
    });
    return updated;
  });
}
