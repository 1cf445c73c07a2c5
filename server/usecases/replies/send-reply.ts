import { and, eq, gte, sql } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { domainError } from '../../../domain/errors';
import type { ResultClass } from '../../../domain/items/kinds';
import { checkTransition } from '../../../domain/items/transitions';
import { worstClass } from '../../../domain/stats/result-classes';
import { checkClassInProfile } from './result-class';
import { replyCopies } from '../../../domain/items/reply-recipients';
import type { Db } from '../../db/client';
import { commitments, contacts, itemSigners, replies, tasks } from '../../db/schema';
import { liveTasks, ownTask } from '../lib/tasks';
import type { ItemRow } from '../../auth/item-scope';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, casReply, casTask, notify, type ReplyRow } from '../lib/history';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

/**
 * The rules a reply must meet before it leaves the unit:
 * R-TALK-2 a contact record (unless an office overrode, with a reason);
 * R-CO-1 every co-handler's opinion is in (lead only; unless overridden);
 * R-REPLY-2 a document number; R-TRACK-1 a B reply carries its commitments.
 */
async function checkSendable(tx: Db, item: ItemRow, reply: ReplyRow): Promise<void> {
  if (!reply.docNumber?.trim()) throw domainError('DOC_NUMBER_REQUIRED');
  await checkClassInProfile(tx, item, reply.resultClass as ResultClass);
  if (reply.resultClass === 'B' && reply.plannedCommitments.length === 0) {
    throw domainError('COMMITMENT_REQUIRED');
  }
  if (!reply.contactOverrideReason) {
    // R-EVAL-2: a re-handled item needs a face-to-face meeting after the feedback came back.
    const rehandled = item.round > 1 && item.rehandleFrom;
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(contacts)
      .where(
        and(
          eq(contacts.itemId, item.id),
          eq(contacts.unitId, reply.unitId),
          rehandled ? and(eq(contacts.faceToFace, true), gte(contacts.contactedOn, item.rehandleFrom!)) : undefined,
        ),
      );
    if (n === 0 && rehandled) {
      throw domainError('FACE_TO_FACE_REQUIRED');
    }
    if (n === 0) throw domainError('CONTACT_REQUIRED', { variant: 'beforeReply' });
  }
  const [task] = await tx.select().from(tasks).where(eq(tasks.id, reply.taskId));
  if (task.role === 'lead' && !reply.coOpinionOverrideReason) {
    const missing = (await liveTasks(tx, item.id)).filter((t) => t.role === 'co' && t.state !== 'opinionSent');
    if (missing.length) {
      throw domainError(
        'CO_OPINION_MISSING',
        { count: missing.length },
        {
          unitIds: missing.map((m) => m.unitId),
        },
      );
    }
  }
}

/**
 * R-REPLY-1/2/5: the unit office sends the signed reply to the deputies
 * (every cosigner of a joint suggestion), copied to the offices; B
 * commitments are registered (R-TRACK-1). When every replying unit has
 * answered, the item is replied and the evaluation window opens.
 */
export async function sendReply(ctx: Ctx, o: { itemId: number; replyId: number; version: number }) {
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    const [reply] = await tx
      .select()
      .from(replies)
      .where(and(eq(replies.id, o.replyId), eq(replies.taskId, task.id)));
    if (!reply) throw domainError('REPLY_NOT_FOUND');
    expectVersion(reply.version, o.version);
    checkTransition('sendReply', reply.state, ctx.actor.role, 'sent');
    await checkSendable(tx, item, reply);
    const today = todayInShanghai(ctx.now);
    const copies = replyCopies(item.kind);
    const sent = await casReply(tx, reply, o.version, { state: 'sent', sentAt: nowOf(ctx), sentOn: today, copies });
    for (const c of reply.plannedCommitments) {
      await tx
        .insert(commitments)
        .values({ itemId: item.id, replyId: reply.id, unitId: reply.unitId, content: c.content, targetDate: c.targetDate, registeredAt: nowOf(ctx) });
    }
    await casTask(tx, task, task.version, { state: 'replied', doneAt: nowOf(ctx) });
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: task.id,
      type: 'sendReply',
      fromState: reply.state,
      toState: 'sent',
      payload: { replyId: reply.id, resultClass: reply.resultClass, docNumber: reply.docNumber, commitments: reply.plannedCommitments.length },
    });

    const open = (await liveTasks(tx, item.id)).filter((t) => (t.role === 'lead' || t.role === 'split') && t.state !== 'replied');
    if (open.length === 0) {
      checkTransition('allRepliesSent', item.state, 'unitOffice', 'replied');
      // The item's class is the most cautious of its parts' (split items answer part by part).
      const sentReplies = await tx
        .select()
        .from(replies)
        .where(and(eq(replies.itemId, item.id), eq(replies.round, item.round), eq(replies.state, 'sent')));
      const cls = worstClass(sentReplies.map((r) => r.resultClass as ResultClass));
      await casItem(tx, item, item.version, { state: 'replied', repliedOn: today, resultClass: cls });
      await recomputeDeadlines(tx, item.id);
      await appendEvent(tx, ctx, {
        itemId: item.id,
        type: 'allRepliesSent',
        fromState: item.state,
        toState: 'replied',
        payload: { resultClass: cls, round: item.round },
      });
      const signers = await tx
        .select()
        .from(itemSigners)
        .where(and(eq(itemSigners.itemId, item.id), eq(itemSigners.status, 'confirmed')));
      for (const s of signers) await notify(tx, { type: 'replyReceived', itemId: item.id, recipientDeputyId: s.deputyId, payload: { number: item.number } });
    } else {
      await casItem(tx, item, item.version, {}, [item.state]);
    }
    return sent;
  });
}
