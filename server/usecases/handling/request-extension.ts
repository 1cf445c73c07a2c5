import { and, eq } from 'drizzle-orm';
import { domainError, forbidden } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { requests } from '../../db/schema';
import { ownTask } from '../lib/tasks';
import { appendEvent, touchItem } from '../lib/history';
import { notifyOffices } from '../lib/office-notices';
import { withItem, type Ctx, nowOf } from '../lib/run';

/** R-REPLY-7: the lead unit asks to extend the reply deadline of a complex item. */
export async function requestExtension(ctx: Ctx, o: { itemId: number; reason: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    if (task.role !== 'lead' && task.role !== 'split') throw forbidden('extensionRequestersOnly');
    checkTransition('decideExtension', item.state, 'liaisonOffice');
    if (item.replyExtended) throw domainError('ALREADY_EXTENDED');
    const [pending] = await tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.itemId, item.id), eq(requests.kind, 'extension'), eq(requests.state, 'pending')));
    if (pending) throw domainError('EXTENSION_PENDING');
    const [req] = await tx
      .insert(requests)
      .values({
        kind: 'extension',
        itemId: item.id,
        taskId: task.id,
        unitId: task.unitId,
        reason: o.reason,
        requestedBy: ctx.actor.userId,
        createdAt: nowOf(ctx),
      })
      .returning();
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, { itemId: item.id, taskId: task.id, type: 'requestExtension', payload: { requestId: req.id, reason: o.reason } });
    await notifyOffices(tx, { type: 'extensionRequested', itemId: item.id, unitId: task.unitId, payload: { requestId: req.id } });
    return req;
  });
}
