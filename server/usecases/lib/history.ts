import { and, eq, inArray, sql } from 'drizzle-orm';
import { staleVersion } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { itemEvents, items, outbox, replies, tasks } from '../../db/schema';
import type { ItemRow, TaskRow } from '../../auth/item-scope';
import type { ItemState } from '../../../domain/items/states';

/**
 * Every event type of the item history (`item_events.type`): mostly the action names of
 * domain/items/transitions, and the other operations and the scheduler's entries. The web's
 * EVENT_LABELS (web/src/lib/labels.ts) names them in Chinese.
 */
export type EventType =
  // Submission and review (R-SUBMIT-1, R-REVIEW-1/2)
  | 'submitSuggestion' // 提出建议
  | 'importItem' // 从 Excel 导入 (§6; written by the import's bulk insert)
  | 'confirmCosignature' // 确认附议
  | 'declineCosignature' // 拒绝附议
  | 'resubmitSuggestion' // 修改后重新提交
  | 'withdrawSuggestion' // 撤回建议
  | 'passDelegationReview' // 代表团审核通过 (two-stage review; payload: comment)
  | 'returnFromDelegation' // 代表团退回修改 (payload: comment)
  | 'acceptSuggestion' // 审核立案
  | 'returnSuggestion' // 退回修改
  | 'rejectSuggestion' // 不予立案
  | 'convertToReference' // 转为参阅件
  | 'mergeSuggestion' // 并案: on the item merged into another
  | 'mergeInto' // 并案: on the primary item
  | 'changeCategory' // 修改类别 (§2; payload: from/to category ids and names)
  | 'handDownItem' // 交由下级办理 (R-ASSIGN-4; payload: congressId, congressName, note)
  | 'linkRelated' // 关联相关件 (R-CPPCC-3: a proposal and a suggestion on one matter; payload: the other's number, kind)
  | 'unlinkRelated' // 取消关联
  // Assignment (R-ASSIGN-1/2/3)
  | 'draftAssignment' // 预交办
  | 'assignSuggestion' // 正式交办
  | 'reassignSuggestion' // 二次交办
  | 'acknowledgeAssignment' // 签收交办
  | 'requestAdjustment' // 申请调整
  | 'decideAdjustment' // 审批调整申请 (also: closed because the plan changed)
  // Handling (R-HANDLE-1/2, R-CO-1/3, R-TALK-1/2)
  | 'setResponsibility' // 办理责任分解
  | 'markKeyItem' // 重点处理
  | 'sendCoOpinion' // 报送会办意见
  | 'returnCoOpinion' // 退回会办意见
  | 'recordContact' // 沟通联系
  | 'confirmContact' // 代表确认沟通记录
  | 'disputeContact' // 代表对沟通记录提出异议
  | 'referenceContacted' // 参阅件沟通完成, the item closes
  | 'uploadAttachment' // 上传附件
  // Replies (R-REPLY-1/7, R-TALK-2, R-PUBLISH-1)
  | 'requestExtension' // 申请延期
  | 'decideExtension' // 审批延期
  | 'saveReplyDraft' // 起草答复
  | 'submitReplyForReview' // 答复提交审核
  | 'approveReplyReview' // 答复审核通过
  | 'sendBackReply' // 答复退回重办
  | 'signOffReply' // 领导签发
  | 'sendReply' // 答复代表
  | 'allRepliesSent' // 全部答复完毕: the item is replied
  | 'overrideReplyCheck' // 豁免“先沟通后答复”
  | 'publishReply' // 答复已在门户公开
  | 'publicationDue' // 答复公开期限将到 (publication-watch job)
  | 'publicationOverdue' // 答复公开已超期 (publication-watch job)
  // Evaluation and closing (R-EVAL-1/2/3)
  | 'evaluateReply' // 评价答复
  | 'forwardForRehandling' // 转交重新办理
  | 'closeItem' // 办结 by the office
  | 'evaluationWindowExpired' // 评价期满，按未评价办结 (evaluation-expiry job)
  // B commitments and the look-back (R-TRACK-1/2)
  | 'updateCommitment' // 承诺事项进展
  | 'requestCommitmentStrikeOff' // 申请销号
  | 'approveCommitmentStrikeOff' // 同意销号
  | 'rejectCommitmentStrikeOff' // 驳回销号申请
  | 'strikeOffCommitment' // 直接销号
  | 'convertCommitmentToC' // 转为C类
  | 'carryOverCommitment' // 结转到新会次
  | 'remindCommitment' // 承诺事项到期提醒 (remindCommitments job)
  | 'startLookBack' // 回头看：生成复查表
  | 'submitLookBackReview' // 回头看：填报复查表
  // Supervision (R-SUP-1/2/3)
  | 'designateKeySupervision' // 确定为重点督办件
  | 'updateKeySupervision' // 修改重点督办安排
  | 'revokeKeySupervision' // 撤销重点督办
  | 'recordSupervisionActivity' // 督办活动
  | 'sendManualReminder' // 催办
  | 'issueUrgingLetter' // 督办函
  | 'weeklyReminder' // 每周催办提醒 (weekly-reminders job)
  | 'weeklyUrge' // 每周超期督促 (weekly-reminders job)
  | 'lightChanged' // 期限亮灯 yellow or red (deadline-watch job)
  | 'adjustmentWindowClosing' // 调整申请期即将截止 (deadline-watch job)
  // Administration
  | 'deadlinesRecomputed'; // 重算期限 after a rules profile or holiday schedule changed

export interface EventInput {
  itemId: number;
  taskId?: number | null;
  type: EventType;
  fromState?: string | null;
  toState?: string | null;
  payload?: Record<string, unknown>;
}

/** Appends one event (who, when, what, before/after) to the item's history; `when` is the context's clock. */
export async function appendEvent(tx: Db, ctx: { actor: Actor | null; now?: Date }, e: EventInput): Promise<void> {
  const { actor } = ctx;
  await tx.insert(itemEvents).values({
    at: ctx.now ?? new Date(),
    itemId: e.itemId,
    taskId: e.taskId ?? null,
    type: e.type,
    actorUserId: actor?.userId ?? null,
    // The account's own role: the history names 政协委员 and 提案委员会, not the part they play.
    actorRole: actor?.userRole ?? 'system',
    actorName: actor?.name ?? '系统',
    fromState: e.fromState ?? null,
    toState: e.toState ?? null,
    payload: e.payload ?? {},
  });
}

/**
 * Compare-and-set on an item (architecture rule 4): the update applies only
 * if the version and state are still what the caller saw; else STALE_VERSION.
 */
export async function casItem(
  tx: Db,
  item: ItemRow,
  expectedVersion: number,
  patch: Partial<typeof items.$inferInsert>,
  allowedStates: readonly ItemState[] = [item.state],
): Promise<ItemRow> {
  const [row] = await tx
    .update(items)
    .set({ ...patch, version: sql`${items.version} + 1`, updatedAt: new Date() })
    .where(and(eq(items.id, item.id), eq(items.version, expectedVersion), inArray(items.state, [...allowedStates])))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

export async function casTask(tx: Db, task: TaskRow, expectedVersion: number, patch: Partial<typeof tasks.$inferInsert>): Promise<TaskRow> {
  const [row] = await tx
    .update(tasks)
    .set({ ...patch, version: sql`${tasks.version} + 1` })
    .where(and(eq(tasks.id, task.id), eq(tasks.version, expectedVersion), eq(tasks.state, task.state)))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

export type ReplyRow = typeof replies.$inferSelect;
export async function casReply(tx: Db, reply: ReplyRow, expectedVersion: number, patch: Partial<typeof replies.$inferInsert>): Promise<ReplyRow> {
  const [row] = await tx
    .update(replies)
    .set({ ...patch, version: sql`${replies.version} + 1` })
    .where(and(eq(replies.id, reply.id), eq(replies.version, expectedVersion), eq(replies.state, reply.state)))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

/** Bumps the item's version when a part of it changed, so item-level readers see a new version. */
export async function touchItem(tx: Db, itemId: number): Promise<void> {
  await tx
    .update(items)
    .set({ version: sql`${items.version} + 1`, updatedAt: new Date() })
    .where(eq(items.id, itemId));
}

/**
 * A durable notification, written in the same transaction as its cause and
 * fanned out after commit by the outbox worker (§7, server/jobs/outbox-dispatch.ts).
 * Recipients: a user, a deputy, a unit (all its staff) or an office's queue
 * (`recipientRole`; with none of them, the liaison office of the item's congress).
 * A `dedupeKey` makes the message exist once: a second call with the same key
 * writes nothing and answers false.
 */
export async function notify(
  tx: Db,
  n: {
    type: string;
    itemId?: number;
    congressId?: number;
    recipientOrgId?: number;
    recipientDeputyId?: number;
    recipientUserId?: number;
    /** an office's queue, or with recipientOrgId the unit's (or the delegation's) people of that role */
    recipientRole?: 'liaisonOffice' | 'governmentOffice' | 'unitOffice' | 'unitHandler' | 'unitLeader' | 'delegationContact';
    payload?: Record<string, unknown>;
    dedupeKey?: string;
  },
): Promise<boolean> {
  const rows = await tx
    .insert(outbox)
    .values({
      type: n.type,
      itemId: n.itemId ?? null,
      congressId: n.congressId ?? null,
      recipientOrgId: n.recipientOrgId ?? null,
      recipientDeputyId: n.recipientDeputyId ?? null,
      recipientUserId: n.recipientUserId ?? null,
      recipientRole: n.recipientRole ?? null,
      payload: n.payload ?? {},
      dedupeKey: n.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: outbox.id });
  return rows.length > 0;
}
