import { and, desc, eq } from 'drizzle-orm';
import { domainError, forbidden, notFound } from '../../../domain/errors';
import { OPEN_HANDLING_STATES } from '../../../domain/items/states';
import { checkTransition } from '../../../domain/items/transitions';
import { coOpinions, tasks } from '../../db/schema';
import { ownTask } from '../lib/tasks';
import { appendEvent, casTask, notify, touchItem } from '../lib/history';
import { expectVersion, withItem, type Ctx } from '../lib/run';

/** R-CO-3: the lead returns an empty or off-topic co-opinion for redo. */
export async function returnCoOpinion(ctx: Ctx, o: { itemId: number; coTaskId: number; coTaskVersion: number; reason: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const mine = await ownTask(tx, ctx.actor, item.id);
    if (mine.role !== 'lead') throw forbidden('leadReturnsCoOpinions');
    // Only while the lead is still working on its reply: afterwards the opinion has been used.
    if (!OPEN_HANDLING_STATES.includes(item.state) || mine.state !== 'assigned') {
      throw domainError('LEAD_ALREADY_REPLIED');
    }
    const [co] = await tx
      .select()
      .from(tasks)
      .where(and(eq(tasks.id, o.coTaskId), eq(tasks.itemId, item.id), eq(tasks.role, 'co')));
    if (!co) throw notFound('会办任务');
    // The lead returns the opinion it read: a newer one must be read first.
    expectVersion(co.version, o.coTaskVersion);
    checkTransition('returnCoOpinion', co.state, ctx.actor.role, 'assigned');
    const [op] = await tx
      .select()
      .from(coOpinions)
      .where(and(eq(coOpinions.taskId, co.id), eq(coOpinions.state, 'sent')))
      .orderBy(desc(coOpinions.id))
      .limit(1);
    if (op) await tx.update(coOpinions).set({ state: 'returned', returnReason: o.reason }).where(eq(coOpinions.id, op.id));
    await casTask(tx, co, co.version, { state: 'assigned', doneAt: null });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: co.id,
      type: 'returnCoOpinion',
      fromState: co.state,
      toState: 'assigned',
      payload: { reason: o.reason, coOpinionId: op?.id },
    });
    await notify(tx, { type: 'coOpinionReturned', itemId: item.id, recipientOrgId: co.unitId, payload: { reason: o.reason } });
    return { taskId: co.id };
  });
}
