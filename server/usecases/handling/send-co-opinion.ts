import { domainError, forbidden } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { coOpinions } from '../../db/schema';
import { liveTasks, ownTask } from '../lib/tasks';
import { appendEvent, casTask, notify, touchItem } from '../lib/history';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

export interface CoOpinionInput {
  itemId: number;
  taskVersion: number;
  body: string;
  publicity: 'public' | 'private';
  privateReason?: string | null;
  /** R-CO-1: the contact person and phone the co-opinion letter prints (as a reply letter's, R-REPLY-2). */
  contactPerson: string;
  contactPhone: string;
}

/**
 * R-CO-1: a co-handler sends its opinion to the lead, copied to the
 * government office, saying whether it may be published (a reason when not),
 * with a contact person and phone.
 */
export async function sendCoOpinion(ctx: Ctx, o: CoOpinionInput) {
  if (o.publicity === 'private' && !o.privateReason?.trim()) throw domainError('PRIVATE_REASON_REQUIRED', { variant: 'coOpinion' });
  if (!o.contactPerson?.trim() || !o.contactPhone?.trim()) throw domainError('CONTACT_REQUIRED', { variant: 'coOpinion' });
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    expectVersion(task.version, o.taskVersion);
    if (task.role !== 'co') throw forbidden('coUnitsOnly');
    checkTransition('sendCoOpinion', task.state, ctx.actor.role, 'opinionSent');
    const [op] = await tx
      .insert(coOpinions)
      .values({
        itemId: item.id,
        taskId: task.id,
        unitId: task.unitId,
        body: o.body,
        publicity: o.publicity,
        privateReason: o.privateReason ?? null,
        contactPerson: o.contactPerson.trim(),
        contactPhone: o.contactPhone.trim(),
        sentBy: ctx.actor.userId,
        sentAt: nowOf(ctx),
      })
      .returning();
    await casTask(tx, task, o.taskVersion, { state: 'opinionSent', doneAt: nowOf(ctx) });
    await touchItem(tx, item.id);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: task.id,
      type: 'sendCoOpinion',
      fromState: task.state,
      toState: 'opinionSent',
      payload: { coOpinionId: op.id, publicity: o.publicity, contactPerson: op.contactPerson, contactPhone: op.contactPhone },
    });
    const lead = (await liveTasks(tx, item.id)).find((t) => t.role === 'lead');
    if (lead) await notify(tx, { type: 'coOpinionReceived', itemId: item.id, recipientOrgId: lead.unitId, payload: { coOpinionId: op.id } });
    await notify(tx, { type: 'coOpinionCopied', itemId: item.id, recipientRole: 'governmentOffice', payload: { coOpinionId: op.id } });
    return op;
  });
}
