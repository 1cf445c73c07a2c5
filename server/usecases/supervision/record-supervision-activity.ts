import { domainError, fieldError } from '../../../domain/errors';
import { todayInShanghai } from '../../../domain/deadlines';
import { SUPERVISION_ACTIVITY_LABELS, type SupervisionActivityKind } from '../../../domain/supervision/key-supervision';
import { supervisionActivities } from '../../db/schema';
import { appendEvent } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { activeKeySupervision, requireSupervisor } from './shared';

/**
 * R-SUP-3: records a supervision activity (座谈会, 实地视察, 调研 …) of a
 * key-supervised item — when it was held (not in the future), who took part,
 * what was found — on the active designation and in the item's history.
 */
export async function recordSupervisionActivity(
  ctx: Ctx,
  o: { itemId: number; kind: SupervisionActivityKind; heldOn: string; participants: string; notes: string },
) {
  requireSupervisor(ctx.actor);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const ks = await activeKeySupervision(tx, item.id);
    if (!ks) throw domainError('NOT_KEY_SUPERVISED');
    const now = nowOf(ctx);
    if (o.heldOn > todayInShanghai(now)) throw fieldError('HELD_IN_FUTURE', 'body.heldOn');
    const [row] = await tx
      .insert(supervisionActivities)
      .values({
        keySupervisionId: ks.id,
        itemId: item.id,
        kind: o.kind,
        heldOn: o.heldOn,
        participants: o.participants,
        notes: o.notes,
        recordedBy: ctx.actor.userId,
        createdAt: now,
      })
      .returning();
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'recordSupervisionActivity',
      payload: {
        activityId: row.id,
        kind: o.kind,
        kindLabel: SUPERVISION_ACTIVITY_LABELS[o.kind],
        heldOn: o.heldOn,
        participants: o.participants,
        note: o.notes,
      },
    });
    return row;
  });
}
