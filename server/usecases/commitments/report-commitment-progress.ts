import { and, eq, inArray } from 'drizzle-orm';
import { isIsoDate, todayInShanghai } from '../../../domain/deadlines';
import { domainError } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { attachments } from '../../db/schema';
import { canSeeAttachment } from '../../auth/item-scope';
import { appendEvent, touchItem } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';
import { casCommitment, loadCommitment } from './lib';

export interface ReportProgressInput {
  itemId: number;
  commitmentId: number;
  version: number;
  note: string;
  /** a new target date, when the plan moved */
  targetDate?: string;
  /** evidence: attachments of the same item the actor may see (the unit's own uploads, or the item's common ones) */
  attachmentIds?: number[];
}

/**
 * R-TRACK-1: a progress report on an open commitment (the unit, or an office
 * tracking it), with evidence cited from the item's attachments. A cited
 * attachment must belong to this item and be visible to the reporter: a unit
 * cannot cite another unit's documents or another item's.
 */
export async function reportCommitmentProgress(ctx: Ctx, o: ReportProgressInput) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const c = await loadCommitment(tx, ctx.actor, item, o.commitmentId);
    checkTransition('reportCommitmentProgress', c.state, ctx.actor.role);
    if (o.targetDate !== undefined && !isIsoDate(o.targetDate)) throw domainError('BAD_TARGET_DATE', { variant: 'progress' });
    const ids = [...new Set(o.attachmentIds ?? [])];
    if (ids.length) {
      const found = await tx
        .select({ id: attachments.id, unitId: attachments.unitId })
        .from(attachments)
        .where(and(eq(attachments.itemId, item.id), inArray(attachments.id, ids)));
      const usable = new Set(found.filter((a) => canSeeAttachment(ctx.actor, a.unitId)).map((a) => a.id));
      const bad = ids.filter((x) => !usable.has(x));
      if (bad.length) throw domainError('EVIDENCE_NOT_FOUND', undefined, { attachmentIds: bad });
    }
    const entry = { on: todayInShanghai(ctx.now), note: o.note, by: ctx.actor.name, ...(ids.length ? { attachmentIds: ids } : {}) };
    const updated = await casCommitment(tx, c, o.version, { progress: [...c.progress, entry], targetDate: o.targetDate ?? c.targetDate });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'updateCommitment',
      fromState: c.state,
      toState: updated.state,
      payload: { commitmentId: c.id, note: o.note, attachmentIds: ids, before: { targetDate: c.targetDate }, after: { targetDate: updated.targetDate } },
    });
    return updated;
  });
}
