import { and, desc, eq } from 'drizzle-orm';
import { forbidden, invalid, notFound, ruleViolation } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { coOpinions, tasks } from '../../db/schema';
import { liveTasks, ownTask } from '../lib/access';
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
  if (o.publicity === 'private' && !o.privateReason?.trim()) throw invalid('PRIVATE_REASON_REQUIRED', '不公开须说明理由');
  if (!o.contactPerson?.trim() || !o.contactPhone?.trim()) throw invalid('CONTACT_REQUIRED', '请填写联系人和联系电话');
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    expectVersion(task.version, o.taskVersion);
    if (task.role !== 'co') throw forbidden('只有会办单位报送会办意见');
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
    await appendEvent(tx, ctx, { itemId: item.id, taskId: task.id, type: 'sendCoOpinion', fromState: task.state, toState: 'opinionSent', payload: { coOpinionId: op.id, publicity: o.publicity, contactPerson: op.contactPerson, contactPhone: op.contactPhone } });
    const lead = (await liveTasks(tx, item.id)).find((t) => t.role === 'lead');
    if (lead) await notify(tx, { type: 'coOpinionReceived', itemId: item.id, recipientOrgId: lead.unitId, payload: { coOpinionId: op.id } });
    await notify(tx, { type: 'coOpinionCopied', itemId: item.id, recipientRole: 'governmentOffice', payload: { coOpinionId: op.id } });
    return op;
  });
}

/** R-CO-3: the lead returns an empty or off-topic co-opinion for redo. */
export async function returnCoOpinion(ctx: Ctx, o: { itemId: number; coTaskId: number; coTaskVersion: number; reason: string }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const mine = await ownTask(tx, ctx.actor, item.id);
    if (mine.role !== 'lead') throw forbidden('只有主办单位可以退回会办意见');
    // Only while the lead is still working on its reply: afterwards the opinion has been used.
    if (!['handling', 'rehandling'].includes(item.state) || mine.state !== 'assigned') {
      throw ruleViolation('LEAD_ALREADY_REPLIED', '主办单位已答复或该件已不在办理中，不能再退回会办意见');
    }
    const [co] = await tx.select().from(tasks).where(and(eq(tasks.id, o.coTaskId), eq(tasks.itemId, item.id), eq(tasks.role, 'co')));
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
    await appendEvent(tx, ctx, { itemId: item.id, taskId: co.id, type: 'returnCoOpinion', fromState: co.state, toState: 'assigned', payload: { reason: o.reason, coOpinionId: op?.id } });
    await notify(tx, { type: 'coOpinionReturned', itemId: item.id, recipientOrgId: co.unitId, payload: { reason: o.reason } });
    return { taskId: co.id };
  });
}
