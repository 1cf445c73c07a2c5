import { and, eq, sql } from 'drizzle-orm';
import { notFound, staleVersion } from '../../../domain/errors';
import { KEY_SUPERVISION_KIND_LABELS } from '../../../domain/supervision/key-supervision';
import { keySupervisions } from '../../db/schema';
import { appendEvent } from '../lib/history';
import { expectVersion, withItem, type Ctx } from '../lib/run';
import type { DesignationInput } from './designate-key-supervision';
import { activeKeySupervision, checkCommittees, requireSupervisor } from './shared';

/**
 * R-SUP-3: changes an active designation's kind, supervising leaders,
 * committees or note. Compare-and-set on the designation's own version: a
 * stale one is STALE_VERSION (409), never a silent overwrite.
 */
export async function updateKeySupervision(ctx: Ctx, o: { itemId: number; version: number } & DesignationInput) {
  requireSupervisor(ctx.actor);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const ks = await activeKeySupervision(tx, item.id);
    if (!ks) throw notFound('重点督办安排');
    expectVersion(ks.version, o.version);
    const committees = await checkCommittees(tx, item.congressId, o.committeeIds);
    const [row] = await tx
      .update(keySupervisions)
      .set({ kind: o.kind, leaders: o.leaders, committeeIds: o.committeeIds, note: o.note ?? null, version: sql`${keySupervisions.version} + 1` })
      .where(and(eq(keySupervisions.id, ks.id), eq(keySupervisions.version, o.version), eq(keySupervisions.active, true)))
      .returning();
    if (!row) throw staleVersion();
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'updateKeySupervision',
      payload: {
        keySupervisionId: ks.id,
        before: { kind: ks.kind, leaders: ks.leaders, committeeIds: ks.committeeIds, note: ks.note },
        after: { kind: o.kind, leaders: o.leaders, committeeIds: o.committeeIds, note: o.note ?? null },
        kindLabel: KEY_SUPERVISION_KIND_LABELS[o.kind],
        committees: committees.map((c) => c.name),
      },
    });
    return row;
  });
}
