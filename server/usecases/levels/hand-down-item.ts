import { todayInShanghai } from '../../../domain/deadlines';
import { domainError, forbidden } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { subtree } from '../../queries/levels/tree';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';

/**
 * R-ASSIGN-4: the office of the item's own body hands an accepted item to a lower people's congress
 * (交由下级办理). The lower body's offices then assign it to their units as usual; the item keeps its
 * number, its body's deadlines and its history, and the reply and the evaluation come back to it.
 */
export async function handDownItem(ctx: Ctx, o: { itemId: number; version: number; congressId: number; note?: string | null }) {
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    if (item.congressId !== ctx.actor.congressId) throw forbidden('handDownHigherOfficeOnly');
    if (item.handledByCongressId !== null) throw domainError('ALREADY_HANDED_DOWN');
    checkTransition('handDownItem', item.state, ctx.actor.role, 'accepted');
    // A people's congress below the item's own, anywhere down the tree (a province to a county is allowed).
    const below = (await subtree(tx, item.congressId)).filter((n) => n.id !== item.congressId && n.body === 'congress');
    const target = below.find((n) => n.id === o.congressId);
    if (!target) throw domainError('HAND_DOWN_TARGET');
    const today = todayInShanghai(ctx.now);
    const updated = await casItem(tx, item, o.version, { handledByCongressId: target.id, handedDownOn: today });
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'handDownItem',
      fromState: item.state,
      toState: item.state,
      payload: { congressId: target.id, congressName: target.name, note: o.note?.trim() || null },
    });
    // Both offices of the lower body: either may assign it there.
    for (const role of ['liaisonOffice', 'governmentOffice'] as const) {
      await notify(tx, {
        type: 'handedDown',
        itemId: item.id,
        congressId: target.id,
        recipientRole: role,
        payload: { from: item.congressId, number: item.number },
      });
    }
    return updated;
  });
}
