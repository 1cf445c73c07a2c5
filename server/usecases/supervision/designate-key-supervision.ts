import { domainError } from '../../../domain/errors';
import { KEY_SUPERVISABLE_STATES, KEY_SUPERVISION_KIND_LABELS, type KeySupervisionKind } from '../../../domain/supervision/key-supervision';
import { ITEM_STATE_LABELS } from '../../../domain/items/states';
import { keySupervisions } from '../../db/schema';
import { appendEvent, notify } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { itemUnits } from '../../auth/item-scope';
import { activeKeySupervision, checkCommittees, requireSupervisor } from './shared';

export interface DesignationInput {
  kind: KeySupervisionKind;
  leaders: string[];
  committeeIds: number[];
  note?: string | null;
}

/**
 * R-SUP-3: the liaison office, the government office or a supervisor
 * designates an accepted, unfinished item for key supervision (重点督办) —
 * its kind, supervising leaders and committees. One active designation per
 * item (checked under the item's lock; a unique index backs it). Logged on
 * the item and sent to its units.
 */
export async function designateKeySupervision(ctx: Ctx, o: { itemId: number } & DesignationInput) {
  requireSupervisor(ctx.actor);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    if (!KEY_SUPERVISABLE_STATES.includes(item.state)) {
      throw domainError('NOT_SUPERVISABLE', { stateLabel: ITEM_STATE_LABELS[item.state] ?? item.state });
    }
    if (await activeKeySupervision(tx, item.id)) throw domainError('ALREADY_KEY_SUPERVISED');
    const committees = await checkCommittees(tx, item.congressId, o.committeeIds);
    const now = nowOf(ctx);
    const [row] = await tx
      .insert(keySupervisions)
      .values({
        congressId: item.congressId,
        itemId: item.id,
        kind: o.kind,
        leaders: o.leaders,
        committeeIds: o.committeeIds,
        note: o.note ?? null,
        designatedBy: ctx.actor.userId,
        designatedAt: now,
      })
      .returning();
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'designateKeySupervision',
      payload: {
        keySupervisionId: row.id,
        kind: o.kind,
        kindLabel: KEY_SUPERVISION_KIND_LABELS[o.kind],
        leaders: o.leaders,
        committees: committees.map((c) => c.name),
        note: o.note ?? undefined,
      },
    });
    for (const u of await itemUnits(tx, item.id)) {
      await notify(tx, {
        type: 'keySupervisionDesignated',
        itemId: item.id,
        congressId: item.congressId,
        recipientOrgId: u.unitId,
        payload: {
          kind: o.kind,
          leaders: o.leaders,
          committees: committees.map((c) => c.name),
          title: '重点督办',
          message: `已确定为重点督办件（${KEY_SUPERVISION_KIND_LABELS[o.kind]}），请高度重视、加快办理。`,
        },
      });
    }
    return row;
  });
}
