import { and, eq } from 'drizzle-orm';
import { isIsoDate } from '../../../domain/deadlines';
import { domainError, forbidden, staleVersion } from '../../../domain/errors';
import { CLASSIFIED_PLACEHOLDER } from '../../../domain/items/kinds';
import type { ResultClass } from '../../../domain/items/kinds';
import { replies } from '../../db/schema';
import { checkClassInProfile } from './result-class';
import { releaseOwnLock } from '../collaboration/release-edit-lock';
import { ownTask } from '../lib/tasks';
import { appendEvent, casReply, touchItem } from '../lib/history';
import { expectVersion, withItem, type Ctx, nowOf } from '../lib/run';

export interface ReplyDraftInput {
  itemId: number;
  /** The reply's version when updating an existing draft. */
  version?: number;
  body: string;
  resultClass: ResultClass;
  publicity: 'public' | 'private';
  privateReason?: string | null;
  docNumber?: string | null;
  contactPerson: string;
  contactPhone: string;
  commitments?: { content: string; targetDate: string }[];
}

/** R-REPLY-3/4: class and publicity rules a draft must already satisfy. */
function checkDraft(o: ReplyDraftInput) {
  if (o.publicity === 'private' && !o.privateReason?.trim()) throw domainError('PRIVATE_REASON_REQUIRED', { variant: 'reply' });
  for (const c of o.commitments ?? []) {
    if (!isIsoDate(c.targetDate)) throw domainError('BAD_TARGET_DATE', { variant: 'replyCommitment', date: c.targetDate });
  }
  if (o.resultClass !== 'B' && o.commitments?.length) throw domainError('COMMITMENTS_ONLY_FOR_B');
}

/**
 * R-REPLY-1: the handler drafts the reply of the unit's own part (lead,
 * single, split). A draft can be edited until it is submitted for review, and
 * again after it is sent back.
 */
export async function saveReplyDraft(ctx: Ctx, o: ReplyDraftInput) {
  checkDraft(o);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    const task = await ownTask(tx, ctx.actor, item.id);
    if (task.role !== 'lead' && task.role !== 'split') throw forbidden('coUnitDraftsNoReply');
    if (task.state !== 'assigned') throw domainError('TASK_NOT_ACTIVE', { variant: 'draftReply' });
    await checkClassInProfile(tx, item, o.resultClass);
    const fields = {
      // R-REPLY-8: a classified item's reply text stays offline.
      body: item.classified ? CLASSIFIED_PLACEHOLDER : o.body,
      resultClass: o.resultClass,
      publicity: o.publicity,
      privateReason: o.publicity === 'private' ? o.privateReason! : null,
      docNumber: o.docNumber ?? null,
      contactPerson: o.contactPerson,
      contactPhone: o.contactPhone,
      plannedCommitments: o.commitments ?? [],
    };
    const [existing] = await tx
      .select()
      .from(replies)
      .where(and(eq(replies.taskId, task.id), eq(replies.round, item.round)));
    let saved;
    if (existing) {
      if (existing.state !== 'draft') throw domainError('REPLY_NOT_DRAFT');
      // Editing an existing draft must say which version it edits: never overwrite a draft unseen.
      if (o.version === undefined) throw staleVersion();
      expectVersion(existing.version, o.version);
      saved = await casReply(tx, existing, o.version, fields);
    } else {
      [saved] = await tx
        .insert(replies)
        .values({ ...fields, itemId: item.id, taskId: task.id, unitId: task.unitId, round: item.round, draftedBy: ctx.actor.userId, createdAt: nowOf(ctx) })
        .returning();
    }
    await touchItem(tx, item.id);
    // Saving ends the editing: the drafter's soft edit lock (issue 13 §9) is released.
    await releaseOwnLock(tx, { itemId: item.id, what: 'replyDraft', scopeOrgId: task.unitId, userId: ctx.actor.userId });
    await appendEvent(tx, ctx, { itemId: item.id, taskId: task.id, type: 'saveReplyDraft', payload: { replyId: saved.id, resultClass: o.resultClass } });
    return saved;
  });
}
