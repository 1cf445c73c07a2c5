import { todayInShanghai } from '../../../domain/deadlines';
import { domainError, fieldError } from '../../../domain/errors';
import { contactPhasesFor } from '../../../domain/items/handling-rules';
import { FACE_TO_FACE_METHODS, type ContactMethod, type ContactPhase } from '../../../domain/items/kinds';
import { checkTransition } from '../../../domain/items/transitions';
import { and, eq } from 'drizzle-orm';
import { contacts, itemSigners } from '../../db/schema';
import { ownTask } from '../lib/tasks';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, casTask, notify, touchItem } from '../lib/history';
import { withItem, type Ctx, nowOf } from '../lib/run';

export interface RecordContactInput {
  itemId: number;
  contactedOn: string;
  method: ContactMethod;
  phase: ContactPhase;
  participants: string;
  summary: string;
  deputyView?: string | null;
}

/**
 * R-TALK-1: every contact with the deputy is recorded (when, how, who, what,
 * the deputy's view). On a reference item the contact is what the unit owes,
 * so recording it closes the item (R-REVIEW-1). After the unit's reply only
 * the follow-up visit (办后回访) is recorded, and nothing once the item is
 * finished: domain/items/handling-rules.ts says why.
 */
export async function recordContact(ctx: Ctx, o: RecordContactInput) {
  if (o.contactedOn > todayInShanghai(ctx.now)) throw domainError('FUTURE_DATE');
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    if (task.state === 'draft' || task.state === 'withdrawn') throw domainError('TASK_NOT_ACTIVE', { variant: 'contact' });
    const phases = contactPhasesFor(task.state, item.state);
    if (!phases.length) throw domainError('TASK_NOT_ACTIVE', { variant: 'contactClosed' });
    if (!phases.includes(o.phase)) throw fieldError('CONTACT_AFTER_REPLY_ONLY', 'body.phase');
    const [c] = await tx
      .insert(contacts)
      .values({
        itemId: item.id,
        taskId: task.id,
        unitId: task.unitId,
        contactedOn: o.contactedOn,
        method: o.method,
        phase: o.phase,
        faceToFace: FACE_TO_FACE_METHODS.includes(o.method),
        participants: o.participants,
        summary: o.summary,
        deputyView: o.deputyView ?? null,
        recordedBy: ctx.actor.userId,
        createdAt: nowOf(ctx),
      })
      .returning();
    await appendEvent(tx, ctx, { itemId: item.id, taskId: task.id, type: 'recordContact', payload: { contactId: c.id, method: o.method, phase: o.phase } });
    if (task.role === 'reference' && task.state === 'assigned' && item.state === 'referenceItem') {
      checkTransition('referenceContacted', item.state, ctx.actor.role === 'unitHandler' ? 'unitHandler' : 'unitOffice', 'closed');
      await casTask(tx, task, task.version, { state: 'contacted', doneAt: nowOf(ctx) });
      await casItem(tx, item, item.version, { state: 'closed', closedAt: nowOf(ctx), closeReason: 'referenceContacted' });
      await recomputeDeadlines(tx, item.id);
      await appendEvent(tx, ctx, { itemId: item.id, type: 'referenceContacted', fromState: item.state, toState: 'closed' });
      await notify(tx, { type: 'referenceContacted', itemId: item.id, recipientDeputyId: item.leadDeputyId ?? undefined });
    } else {
      await touchItem(tx, item.id);
      // R-TALK-1: the deputies confirm or dispute what the unit recorded (their 待办 holds it).
      const signers = await tx
        .select({ deputyId: itemSigners.deputyId })
        .from(itemSigners)
        .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.status, 'confirmed')));
      for (const s of signers) await notify(tx, { type: 'contactToConfirm', itemId: item.id, recipientDeputyId: s.deputyId, payload: { contactId: c.id } });
    }
    return c;
  });
}
