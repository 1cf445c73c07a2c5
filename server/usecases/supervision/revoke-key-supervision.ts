import { and, eq, sql } from 'drizzle-orm';
import { notFound, staleVersion } from '../../../domain/errors';
import { keySupervisions } from '../../db/schema';
import { appendEvent, notify } from '../lib/history';
import { expectVersion, nowOf, withItem, type Ctx } from '../lib/run';
import { itemUnits } from '../../auth/item-scope';
import { activeKeySupervision, requireSupervisor } from './shared';

/**
 * R-SUP-3: ends an item's key supervision, with the reason; the designation
 * and its activities are kept (inactive) for the record, and the item may be
 * designated again later.
 */
export async function revokeKeySupervision(ctx: Ctx, o: { itemId: number; version: number; reason: string }) {
  requireSupervisor(ctx.actor);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const ks = await activeKeySupervision(tx, item.id);
    if (!ks) throw notFound('重点督办安排');
    expectVersion(ks.version, o.version);
    const [row] = await tx
      .update(keySupervisions)
      .set({ active: false, revokedAt: nowOf(ctx), revokeNote: o.reason, version: sql`${keySupervisions.version} + 1` })
      .where(and(eq(keySupervisions.id, ks.id), eq(keySupervisions.version, o.version), eq(keySupervisions.active, true)))
      .returning();
    if (!row) throw staleVersion();
    await appendEvent(tx, ctx, { itemId: item.id, type: 'revokeKeySupervision', payload: { keySupervisionId: ks.id, reason: o.reason } });
    for (const u of await itemUnits(tx, item.id)) {
      await notify(tx, {
        type: 'keySupervisionRevoked',
        itemId: item.id,
        congressId: item.congressId,
        recipientOrgId: u.unitId,
        payload: { reason: o.reason, title: '撤销重点督办', message: `已撤销重点督办：${o.reason}` },
      });
    }
    return row;
  });
}
