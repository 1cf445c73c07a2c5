import { and, eq, sql } from 'drizzle-orm';
import { forbidden, notFound, staleVersion } from '../../../domain/errors';
import { mayFillLookBackReview } from '../../../domain/commitments/permissions';
import { LOOK_BACK_FINDING_LABELS, type LookBackFinding } from '../../../domain/commitments/tracking';
import { lookBackReviews, tasks } from '../../db/schema';
import { appendEvent, notify } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';

/**
 * R-TRACK-2: a unit fills its review of one past item (复查表): is it
 * delivered (已落实), still in progress (正在推进) or not delivered (未落实),
 * and how. Its own reviews only; version-checked; it may correct a submitted
 * review (a new version, logged again on the item's history).
 */
export async function submitLookBackReview(ctx: Ctx, o: { reviewId: number; version: number; finding: LookBackFinding; note: string }) {
  if (!mayFillLookBackReview(ctx.actor.role) || !ctx.actor.organizationId) throw forbidden('lookBackReviewUnitsOnly');
  const [found] = await ctx.db
    .select({ itemId: lookBackReviews.itemId, unitId: lookBackReviews.unitId })
    .from(lookBackReviews)
    .where(eq(lookBackReviews.id, o.reviewId));
  if (!found || found.unitId !== ctx.actor.organizationId) throw notFound('复查表');
  return withItem(ctx, found.itemId, undefined, async (tx, item) => {
    const [r] = await tx.select().from(lookBackReviews).where(eq(lookBackReviews.id, o.reviewId)).for('update');
    if (r.version !== o.version) throw staleVersion();
    const [updated] = await tx
      .update(lookBackReviews)
      .set({
        state: 'submitted',
        finding: o.finding,
        note: o.note,
        submittedBy: ctx.actor.userId,
        submittedAt: nowOf(ctx),
        version: sql`${lookBackReviews.version} + 1`,
      })
      .where(and(eq(lookBackReviews.id, r.id), eq(lookBackReviews.version, o.version)))
      .returning();
    if (!updated) throw staleVersion();
    const [task] = await tx
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.itemId, item.id), eq(tasks.unitId, r.unitId)))
      .orderBy(sql`${tasks.state} = 'withdrawn'`, tasks.id)
      .limit(1);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: task?.id ?? null,
      type: 'submitLookBackReview',
      fromState: r.state,
      toState: 'submitted',
      // `note` is what the history shows: the finding and the unit's account.
      payload: {
        reviewId: r.id,
        lookBackId: r.lookBackId,
        finding: o.finding,
        findingNote: o.note,
        note: `${LOOK_BACK_FINDING_LABELS[o.finding]}：${o.note}`,
        before: r.finding ? { finding: r.finding, note: r.note } : null,
      },
    });
    // The offices follow what is not delivered (R-TRACK-2: clear B items by the end of the term).
    if (o.finding === 'notDelivered' && r.finding !== 'notDelivered') {
      await notify(tx, {
        type: 'lookBackNotDelivered',
        itemId: item.id,
        congressId: item.congressId,
        recipientRole: 'liaisonOffice',
        payload: {
          reviewId: r.id,
          title: '回头看：承办单位报告未落实',
          message: `第 ${item.number} 号建议《${item.title}》经承办单位回头看复查，答复事项未落实：${o.note}`,
        },
      });
    }
    return updated;
  });
}
