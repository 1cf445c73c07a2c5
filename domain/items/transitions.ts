import { CHECKLIST_STATE_LABELS, REPORT_STATUS_LABELS, type ChecklistState, type ReportStatus } from '../checklists/checklists';
import { ASSESSMENT_STATE_LABELS, type AssessmentState } from '../checklists/scoring';
import { WORK_ORDER_STATE_LABELS, type WorkOrderState } from '../hotline/orders';
import { domainError } from '../errors';
import type { Role } from './roles';
import type { ItemState, ReplyState, TaskState, RequestState } from './states';
import { ITEM_STATE_LABELS, REPLY_STATE_LABELS, TASK_STATE_LABELS } from './states';

type Def<E extends string, S extends string> = {
  entity: E;
  /** States the action may start from. */
  from: readonly S[];
  /** States it may lead to (the use case picks one when several are possible). */
  to: readonly S[];
  /** Roles allowed to take it (scope checks come on top, in the use cases: server/auth/item-scope.ts through withItem). */
  roles: readonly Role[];
  label: string;
};

/**
 * The one table of every state change in the lifecycle (domain.md §3). Use
 * cases call `checkTransition` before their compare-and-set update; the
 * unit tests walk this table.
 */
export const TRANSITIONS = {
  // R-SUBMIT-1: cosigners confirm; the last confirmation submits the item.
  // With two-stage review on (rules profile) a suggestion of a delegation goes to its contact person first.
  confirmCosignature: {
    entity: 'item',
    from: ['awaitingCosigners'],
    to: ['awaitingCosigners', 'delegationReview', 'submitted'],
    roles: ['deputy'],
    label: '确认附议',
  },
  declineCosignature: {
    entity: 'item',
    from: ['awaitingCosigners'],
    to: ['awaitingCosigners', 'delegationReview', 'submitted'],
    roles: ['deputy'],
    label: '拒绝附议',
  },
  // The lead deputy takes a suggestion back before the office accepted it (撤回): nothing was decided on it yet.
  withdrawSuggestion: {
    entity: 'item',
    from: ['awaitingCosigners', 'delegationReview', 'submitted', 'returned'],
    to: ['withdrawn'],
    roles: ['deputy'],
    label: '撤回建议',
  },
  // Two-stage review (代表团和议案组两层审核): the delegation's contact person passes it on to the office or
  // returns it to the deputy for improvement, with comments.
  passDelegationReview: { entity: 'item', from: ['delegationReview'], to: ['submitted'], roles: ['delegationContact'], label: '代表团审核通过' },
  returnFromDelegation: { entity: 'item', from: ['delegationReview'], to: ['returned'], roles: ['delegationContact'], label: '代表团退回修改' },
  // R-REVIEW-1
  resubmitSuggestion: { entity: 'item', from: ['returned'], to: ['delegationReview', 'submitted'], roles: ['deputy'], label: '修改后重新提交' },
  acceptSuggestion: { entity: 'item', from: ['submitted'], to: ['accepted'], roles: ['liaisonOffice'], label: '审核立案' },
  returnSuggestion: { entity: 'item', from: ['submitted'], to: ['returned'], roles: ['liaisonOffice'], label: '退回修改' },
  convertToReference: { entity: 'item', from: ['submitted', 'accepted'], to: ['referenceItem'], roles: ['liaisonOffice'], label: '转为参阅件' },
  rejectSuggestion: { entity: 'item', from: ['submitted'], to: ['notAccepted'], roles: ['liaisonOffice'], label: '不予立案' },
  // R-REVIEW-2: the merged (secondary) items; the primary keeps its state.
  mergeSuggestion: { entity: 'item', from: ['submitted', 'accepted'], to: ['merged'], roles: ['liaisonOffice'], label: '并案' },
  // §2: the office files an accepted item under another category (statistics count it there); the state stays.
  // Not once closed: nothing more happens to a finished item (TERMINAL_ITEM_STATES).
  changeCategory: {
    entity: 'item',
    from: ['accepted', 'draftAssigned', 'handling', 'replied', 'dissatisfied', 'rehandling', 'referenceItem'],
    to: ['accepted', 'draftAssigned', 'handling', 'replied', 'dissatisfied', 'rehandling', 'referenceItem'],
    roles: ['liaisonOffice', 'governmentOffice'],
    label: '修改类别',
  },
  // R-ASSIGN-1/2/3
  // R-ASSIGN-4: the office hands an accepted item to a lower body, whose offices then assign it (the state stays).
  handDownItem: { entity: 'item', from: ['accepted'], to: ['accepted'], roles: ['liaisonOffice', 'governmentOffice'], label: '交由下级办理' },
  draftAssignment: {
    entity: 'item',
    from: ['accepted', 'draftAssigned'],
    to: ['draftAssigned'],
    roles: ['liaisonOffice', 'governmentOffice'],
    label: '预交办',
  },
  assignSuggestion: { entity: 'item', from: ['accepted', 'draftAssigned'], to: ['handling'], roles: ['liaisonOffice', 'governmentOffice'], label: '正式交办' },
  reassignSuggestion: {
    entity: 'item',
    from: ['handling', 'rehandling'],
    to: ['handling', 'rehandling'],
    roles: ['liaisonOffice', 'governmentOffice'],
    label: '二次交办',
  },
  // R-REPLY-7: extension moves the reply deadline.
  decideExtension: { entity: 'item', from: ['handling'], to: ['handling'], roles: ['liaisonOffice', 'governmentOffice'], label: '审批延期' },
  // R-EVAL-1/2/3
  evaluateReply: { entity: 'item', from: ['replied'], to: ['replied', 'closed', 'dissatisfied'], roles: ['deputy', 'liaisonOffice'], label: '评价答复' },
  forwardForRehandling: { entity: 'item', from: ['dissatisfied'], to: ['rehandling'], roles: ['liaisonOffice'], label: '转交重新办理' },
  closeItem: { entity: 'item', from: ['replied', 'referenceItem'], to: ['closed', 'dissatisfied'], roles: ['liaisonOffice'], label: '办结' },
  // Derived item changes made inside a task's action.
  allRepliesSent: { entity: 'item', from: ['handling', 'rehandling'], to: ['replied'], roles: ['unitOffice'], label: '全部答复' },
  referenceContacted: { entity: 'item', from: ['referenceItem'], to: ['closed'], roles: ['unitOffice', 'unitHandler'], label: '参阅件沟通完成' },

  // Tasks (a unit's part of one item).
  requestAdjustment: { entity: 'task', from: ['draft', 'assigned'], to: ['adjustmentRequested'], roles: ['unitOffice'], label: '申请调整' },
  decideAdjustment: {
    entity: 'task',
    from: ['adjustmentRequested'],
    to: ['withdrawn', 'assigned', 'draft'],
    roles: ['liaisonOffice', 'governmentOffice'],
    label: '审批调整申请',
  },
  sendCoOpinion: { entity: 'task', from: ['assigned'], to: ['opinionSent'], roles: ['unitOffice'], label: '报送会办意见' },
  returnCoOpinion: { entity: 'task', from: ['opinionSent'], to: ['assigned'], roles: ['unitOffice'], label: '退回会办意见' },
  reopenForRehandling: { entity: 'task', from: ['replied'], to: ['assigned'], roles: ['liaisonOffice'], label: '重新办理' },

  // Replies (R-REPLY-1).
  submitReplyForReview: { entity: 'reply', from: ['draft'], to: ['inReview'], roles: ['unitHandler', 'unitOffice'], label: '提交审核' },
  approveReplyReview: { entity: 'reply', from: ['inReview'], to: ['awaitingSignOff'], roles: ['unitOffice'], label: '审核通过' },
  sendBackReply: {
    entity: 'reply',
    from: ['inReview', 'awaitingSignOff', 'signed'],
    to: ['draft'],
    roles: ['unitOffice', 'unitLeader', 'governmentOffice'],
    label: '退回重办',
  },
  signOffReply: { entity: 'reply', from: ['awaitingSignOff'], to: ['signed'], roles: ['unitLeader'], label: '领导签发' },
  sendReply: { entity: 'reply', from: ['signed'], to: ['sent'], roles: ['unitOffice'], label: '答复代表' },

  // R-TRACK-1 B commitments: progress while open; the unit asks for strike-off, the office approves or rejects;
  // the office may also strike off directly or convert to C; open ones are carried over into a newer session.
  reportCommitmentProgress: {
    entity: 'commitment',
    from: ['registered', 'strikeOffRequested'],
    to: ['registered', 'strikeOffRequested'],
    roles: ['unitOffice', 'liaisonOffice', 'governmentOffice'],
    label: '报告进展',
  },
  requestCommitmentStrikeOff: { entity: 'commitment', from: ['registered'], to: ['strikeOffRequested'], roles: ['unitOffice'], label: '申请销号' },
  approveCommitmentStrikeOff: {
    entity: 'commitment',
    from: ['strikeOffRequested'],
    to: ['struckOff'],
    roles: ['liaisonOffice', 'governmentOffice'],
    label: '同意销号',
  },
  rejectCommitmentStrikeOff: {
    entity: 'commitment',
    from: ['strikeOffRequested'],
    to: ['registered'],
    roles: ['liaisonOffice', 'governmentOffice'],
    label: '驳回销号申请',
  },
  strikeOffCommitment: { entity: 'commitment', from: ['registered'], to: ['struckOff'], roles: ['liaisonOffice', 'governmentOffice'], label: '销号' },
  convertCommitmentToC: {
    entity: 'commitment',
    from: ['registered', 'strikeOffRequested'],
    to: ['convertedToC'],
    roles: ['liaisonOffice', 'governmentOffice'],
    label: '转为C类',
  },
  carryOverCommitment: {
    entity: 'commitment',
    from: ['registered', 'strikeOffRequested'],
    to: ['registered', 'strikeOffRequested'],
    roles: ['liaisonOffice', 'governmentOffice'],
    label: '结转到新会次',
  },

  decideRequest: { entity: 'request', from: ['pending'], to: ['approved', 'rejected'], roles: ['liaisonOffice', 'governmentOffice'], label: '审批申请' },

  // R-TOWN-1 the county's guidance checklists (issue 16): the county's office edits a draft checklist and issues it;
  // a township's presidium reports each entry and may report it again as the work moves on (推进中 → 完成);
  // the year's assessment is scored and adjusted while a draft, finalizing fixes the scores and the ranking.
  // The county or township scope comes on top, in server/auth/checklist-scope.ts.
  editChecklist: { entity: 'checklist', from: ['draft'], to: ['draft'], roles: ['liaisonOffice'], label: '修改清单' },
  deleteChecklist: { entity: 'checklist', from: ['draft'], to: ['draft'], roles: ['liaisonOffice'], label: '删除清单' },
  issueChecklist: { entity: 'checklist', from: ['draft'], to: ['issued'], roles: ['liaisonOffice'], label: '下发清单' },
  reportChecklistEntry: {
    entity: 'checklistReport',
    from: ['pending', 'done', 'inProgress', 'notDone'],
    to: ['done', 'inProgress', 'notDone'],
    roles: ['townshipPresidium'],
    label: '报送落实情况',
  },
  scoreAssessment: { entity: 'assessment', from: ['draft'], to: ['draft'], roles: ['liaisonOffice'], label: '考核评分' },
  finalizeAssessment: { entity: 'assessment', from: ['draft'], to: ['finalized'], roles: ['liaisonOffice'], label: '确定考核结果' },
  // R-LINE-1…2 the deputies' hotline channel (issue 15): the hotline office (市长热线办) dispatches, units contact,
  // finish and report back, the deputy rates; dissatisfied orders are supervised. Who sees which order comes on
  // top, in server/auth/hotline-scope.ts; a unit acts on its own part of the order only.
  requestWorkOrderSignOff: { entity: 'workOrder', from: ['received'], to: ['signOff'], roles: ['hotlineOffice'], label: '呈签' },
  recordWorkOrderSignOff: { entity: 'workOrder', from: ['signOff'], to: ['received'], roles: ['hotlineOffice'], label: '登记呈签批示' },
  // From `returned` it is 改派: the returning unit's part is withdrawn and the order goes to the right unit.
  dispatchWorkOrder: { entity: 'workOrder', from: ['received', 'returned'], to: ['dispatched'], roles: ['hotlineOffice'], label: '派单' },
  // 退单 within the profile's window: by the lead unit the order goes back to the hotline office; by another, only its part.
  returnWorkOrder: { entity: 'workOrder', from: ['dispatched'], to: ['dispatched', 'returned'], roles: ['unitOffice'], label: '退单' },
  recordWorkOrderContact: {
    entity: 'workOrder',
    from: ['dispatched', 'supervised'],
    to: ['dispatched', 'supervised'],
    roles: ['unitOffice', 'unitHandler'],
    label: '联系代表',
  },
  requestWorkOrderExtension: {
    entity: 'workOrder',
    from: ['dispatched', 'supervised'],
    to: ['dispatched', 'supervised'],
    roles: ['unitOffice'],
    label: '申请延期',
  },
  decideWorkOrderExtension: {
    entity: 'workOrder',
    from: ['dispatched', 'supervised'],
    to: ['dispatched', 'supervised'],
    roles: ['hotlineOffice'],
    label: '审批延期',
  },
  finishWorkOrder: { entity: 'workOrder', from: ['dispatched', 'supervised'], to: ['finished'], roles: ['unitOffice', 'unitHandler'], label: '办结' },
  feedBackWorkOrder: { entity: 'workOrder', from: ['finished'], to: ['fedBack'], roles: ['unitOffice', 'unitHandler'], label: '反馈代表' },
  // 回访: the hotline office calls the deputy back, or the deputy rates it on the phone page; dissatisfied → supervised (R-LINE-2).
  rateWorkOrder: { entity: 'workOrder', from: ['fedBack'], to: ['closed', 'supervised'], roles: ['hotlineOffice', 'deputy'], label: '回访评价' },
  mergeWorkOrder: { entity: 'workOrder', from: ['received', 'dispatched'], to: ['merged'], roles: ['hotlineOffice'], label: '并单' },
  // R-LINE-2 联合督办 of a long-unresolved order, organized by the liaison office.
  superviseWorkOrderJointly: {
    entity: 'workOrder',
    from: ['dispatched', 'returned', 'supervised'],
    to: ['dispatched', 'returned', 'supervised'],
    roles: ['liaisonOffice'],
    label: '联合督办',
  },
  // R-LINE-2 抽查: the supervising committee, the county's standing committee or the township's presidium records a check.
  spotCheckWorkOrder: {
    entity: 'workOrder',
    from: ['dispatched', 'returned', 'finished', 'fedBack', 'supervised', 'closed'],
    to: ['dispatched', 'returned', 'finished', 'fedBack', 'supervised', 'closed'],
    roles: ['supervisor', 'liaisonOffice', 'townshipPresidium'],
    label: '督办抽查',
  },
} as const satisfies Record<
  string,
  | Def<'item', ItemState>
  | Def<'task', TaskState>
  | Def<'reply', ReplyState>
  | Def<'commitment', 'registered' | 'strikeOffRequested' | 'struckOff' | 'convertedToC'>
  | Def<'request', RequestState>
  | Def<'checklist', ChecklistState>
  | Def<'checklistReport', ReportStatus>
  | Def<'assessment', AssessmentState>
  | Def<'workOrder', WorkOrderState>
>;

export type Action = keyof typeof TRANSITIONS;

const STATE_LABELS: Record<string, Record<string, string>> = {
  item: ITEM_STATE_LABELS,
  task: TASK_STATE_LABELS,
  reply: REPLY_STATE_LABELS,
  commitment: { registered: '已挂号', strikeOffRequested: '销号待审批', struckOff: '已销号', convertedToC: '已转C类' },
  request: { pending: '待审批', approved: '已同意', rejected: '已驳回' },
  checklist: CHECKLIST_STATE_LABELS,
  checklistReport: REPORT_STATUS_LABELS,
  assessment: ASSESSMENT_STATE_LABELS,
  workOrder: WORK_ORDER_STATE_LABELS,
};

/** Whether `action` may start from `state` (no role check). */
export function canTransition(action: Action, state: string): boolean {
  return (TRANSITIONS[action].from as readonly string[]).includes(state);
}

/**
 * Throws ILLEGAL_TRANSITION (409) when `action` may not start from `state` or
 * may not lead to `to`, FORBIDDEN when `role` may not take it.
 */
export function checkTransition(action: Action, state: string, role: Role, to?: string): void {
  const def = TRANSITIONS[action];
  if (!(def.roles as readonly Role[]).includes(role)) throw domainError('FORBIDDEN', { action: def.label });
  if (!canTransition(action, state)) {
    const label = STATE_LABELS[def.entity][state] ?? state;
    throw domainError(
      'ILLEGAL_TRANSITION',
      { stateLabel: label, actionLabel: def.label },
      {
        action,
        state,
      },
    );
  }
  if (to !== undefined && !(def.to as readonly string[]).includes(to)) {
    const label = STATE_LABELS[def.entity][state] ?? state;
    throw domainError('ILLEGAL_TRANSITION', { stateLabel: label, actionLabel: def.label }, { action, state, to });
  }
}
