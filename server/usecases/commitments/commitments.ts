import { and, eq, sql } from 'drizzle-orm';
import { isIsoDate, todayInShanghai } from '../../../domain/deadlines';
import { invalid, notFound, staleVersion } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import { checkTransition } from '../../../domain/items/transitions';
import { commitments } from '../../db/schema';
import { appendEvent, touchItem } from '../lib/history';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

/**
 * R-TRACK-1: the B-commitment register. The unit reports progress; the
 * office strikes a delivered commitment off (销号) or converts it to C with
 * an explanation. Each change is a compare-and-set on the commitment.
 */
export async function changeCommitment(
  ctx: Ctx,
  o: { itemId: number; commitmentId: number; version: number } & (
    | { action: 'progress'; note: string; targetDate?: string }
    | { action: 'strikeOff'; note: string }
    | { action: 'convertToC'; note: string }
  ),
) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const [c] = await tx.select().from(commitments).where(and(eq(commitments.id, o.commitmentId), eq(commitments.itemId, item.id)));
    if (!c || (isUnitRole(ctx.actor.role) && c.unitId !== ctx.actor.organizationId)) throw notFound('承诺事项');
    expectVersion(c.version, o.version);
    let patch: Partial<typeof commitments.$inferInsert>;
    if (o.action === 'progress') {
      if (c.state !== 'registered') checkTransition('strikeOffCommitment', c.state, 'liaisonOffice');
      if (o.targetDate !== undefined && !isIsoDate(o.targetDate)) throw invalid('BAD_TARGET_DATE', '完成时限无效');
      patch = {
        progress: [...c.progress, { on: todayInShanghai(ctx.now), note: o.note, by: ctx.actor.name }],
        targetDate: o.targetDate ?? c.targetDate,
      };
    } else {
      const action = o.action === 'strikeOff' ? 'strikeOffCommitment' : 'convertCommitmentToC';
      const to = o.action === 'strikeOff' ? 'struckOff' : 'convertedToC';
      checkTransition(action, c.state, ctx.actor.role, to);
      patch = { state: to, closedNote: o.note, closedAt: nowOf(ctx) };
    }
    const [updated] = await tx
      .update(commitments)
      .set({ ...patch, version: sql`${commitments.version} + 1` })
      .where(and(eq(commitments.id, c.id), eq(commitments.version, o.version)))
      .returning();
    if (!updated) throw staleVersion();
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: o.action === 'progress' ? 'updateCommitment' : o.action === 'strikeOff' ? 'strikeOffCommitment' : 'convertCommitmentToC',
      fromState: c.state,
      toState: updated.state,
      payload: { commitmentId: c.id, note: o.note, before: { targetDate: c.targetDate }, after: { targetDate: updated.targetDate } },
    });
    return updated;
  });
}
