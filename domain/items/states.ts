/** Closed unions of the states of every entity that has a lifecycle (§3). */
export const ITEM_STATES = [
  'awaitingCosigners', // 待附议确认 (R-SUBMIT-1)
  'delegationReview', // 代表团审核中: the delegation's contact person checks it first (two-stage review, rules profile)
  'submitted', // 待审核
  'returned', // 退回修改
  'notAccepted', // 不予立案
  'merged', // 已并案 (into another item)
  'withdrawn', // 已撤回 by the lead deputy before it was accepted
  'referenceItem', // 参阅件
  'accepted', // 已立案，待交办
  'draftAssigned', // 预交办
  'handling', // 办理中
  'replied', // 已答复，待评价
  'dissatisfied', // 评价不满意，待转办
  'rehandling', // 重新办理
  'closed', // 办结
] as const;
export type ItemState = (typeof ITEM_STATES)[number];

export const ITEM_STATE_LABELS: Record<ItemState, string> = {
  awaitingCosigners: '待附议确认',
  delegationReview: '代表团审核中',
  submitted: '待审核',
  returned: '退回修改',
  notAccepted: '不予立案',
  merged: '已并案',
  withdrawn: '已撤回',
  referenceItem: '参阅件',
  accepted: '待交办',
  draftAssigned: '预交办',
  handling: '办理中',
  replied: '已答复',
  dissatisfied: '不满意待重办',
  rehandling: '重新办理',
  closed: '已办结',
};

/** A unit's task on one item. */
export const TASK_STATES = [
  'draft', // in a draft assignment (R-ASSIGN-2)
  'assigned', // handling
  'adjustmentRequested', // 申请调整 pending (R-ASSIGN-3)
  'opinionSent', // co-handler sent its opinion (R-CO-1)
  'replied', // lead / split / single reply sent
  'contacted', // reference item: contact recorded
  'withdrawn', // removed by adjustment or reassignment
] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  draft: '预交办',
  assigned: '办理中',
  adjustmentRequested: '申请调整中',
  opinionSent: '已报会办意见',
  replied: '已答复',
  contacted: '已沟通',
  withdrawn: '已撤回',
};

/** R-REPLY-1 reply workflow. */
export const REPLY_STATES = ['draft', 'inReview', 'awaitingSignOff', 'signed', 'sent'] as const;
export type ReplyState = (typeof REPLY_STATES)[number];
export const REPLY_STATE_LABELS: Record<ReplyState, string> = {
  draft: '起草中',
  inReview: '办公室审核',
  awaitingSignOff: '待领导签发',
  signed: '已签发',
  sent: '已答复',
};

export const REQUEST_STATES = ['pending', 'approved', 'rejected'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/*
 * Named groups of states. Every list of states a rule or a query needs is one of these (server/db/state-sql.ts
 * turns them into SQL), so a new state is placed in each group here, once.
 */

/** States in which the item is still open for handling and its deadlines run. */
export const OPEN_HANDLING_STATES: readonly ItemState[] = ['handling', 'rehandling'];
/** States in which an item's current deadline runs; in any other its light is 'none' (R-SUP-1). */
export const DEADLINE_RUNNING_STATES: readonly ItemState[] = ['handling', 'rehandling', 'referenceItem'];
/** Finished items: not accepted, merged into another, withdrawn by the deputy, or closed (办结); nothing more happens to them. */
export const TERMINAL_ITEM_STATES: readonly ItemState[] = ['notAccepted', 'merged', 'withdrawn', 'closed'];
/** Items dropped without handling: not accepted, merged into another (R-REVIEW-1/2), or withdrawn by the deputy. */
export const DROPPED_ITEM_STATES: readonly ItemState[] = ['notAccepted', 'merged', 'withdrawn'];
/**
 * Items not (or not yet) accepted: awaiting co-signers, in the delegation's or the office's review, returned
 * for revision, not accepted or merged into another (R-SUBMIT-1, R-REVIEW-1/2). The R-STAT-1 figures count
 * every other item.
 */
export const UNACCEPTED_ITEM_STATES: readonly ItemState[] = [
  'awaitingCosigners',
  'delegationReview',
  'submitted',
  'returned',
  'notAccepted',
  'merged',
  'withdrawn',
];
/**
 * Items the import sheet's export leaves out (§6 round trip): merged or not accepted, and those still with
 * the deputy or the delegation (awaiting co-signers, in the delegation's review, returned for revision).
 * Submitted ones are kept.
 */
export const UNEXPORTED_ITEM_STATES: readonly ItemState[] = ['merged', 'notAccepted', 'withdrawn', 'awaitingCosigners', 'delegationReview', 'returned'];
/**
 * Open items whose stored deadlines may still move (R-REPLY-7, R-EVAL-3): from the draft assignment until
 * closed, and reference items. Their deadlines are recomputed when a rules profile or a year's holiday
 * schedule changes (R-LINE-1 calendar).
 */
export const OPEN_ITEM_STATES: readonly ItemState[] = ['handling', 'rehandling', 'replied', 'dissatisfied', 'referenceItem', 'draftAssigned'];
/** Items answered at least once: replied, and after it (R-STAT-1 "replied"; a closed reference item has no assignment date). */
export const ANSWERED_ITEM_STATES: readonly ItemState[] = ['replied', 'dissatisfied', 'rehandling', 'closed'];
/** Items another may be merged into (the primary of R-REVIEW-2): accepted, up to handling. */
export const MERGE_PRIMARY_STATES: readonly ItemState[] = ['accepted', 'draftAssigned', 'handling'];

/** Items on which a deputy still confirms or disputes the units' contacts (R-TALK-1): from handling until closed, and reference items. */
export const CONTACT_CONFIRM_STATES: readonly ItemState[] = ['handling', 'rehandling', 'replied', 'dissatisfied', 'referenceItem'];

/** Tasks that are no unit's part (any more): withdrawn, or still in a draft assignment (R-ASSIGN-2). */
export const INACTIVE_TASK_STATES: readonly TaskState[] = ['withdrawn', 'draft'];
/** A unit's formally assigned part, not withdrawn: counted in figures, bulletins and scores (R-CO-2). */
export const ACTIVE_TASK_STATES: readonly TaskState[] = TASK_STATES.filter((s) => !INACTIVE_TASK_STATES.includes(s));
/** Tasks in which a unit still owes its part and may be reminded or urged (R-SUP-2). */
export const OPEN_TASK_STATES: readonly TaskState[] = ['assigned', 'adjustmentRequested'];
/** Tasks whose part is delivered: replied, co-handling opinion sent (R-CO-1) or reference contact recorded. */
export const DONE_TASK_STATES: readonly TaskState[] = ['replied', 'opinionSent', 'contacted'];
