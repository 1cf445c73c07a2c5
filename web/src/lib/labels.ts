/** Chinese labels the workbench shows; the domain's own label constants are re-exported from here. */
import type { ContactPhase, ResultClass } from '../../../domain/items/kinds';
import type { DeadlineKind, Light } from '../api/types';

export { CONTACT_METHOD_LABELS, EVALUATION_LABELS, HANDLING_MODE_LABELS, TASK_ROLE_LABELS } from '../../../domain/items/kinds';
export { ITEM_STATE_LABELS, REPLY_STATE_LABELS, TASK_STATE_LABELS } from '../../../domain/items/states';
export { ROLE_LABELS } from '../../../domain/items/roles';

export const SYSTEM_NAME = '建议办理平台';

export const PERIOD_LABELS: Record<'plenary' | 'interim', string> = { plenary: '大会期间', interim: '闭会期间' };

export const CONTACT_PHASE_LABELS: Record<ContactPhase, string> = { before: '办前', during: '办中', after: '办后' };

export const RESULT_CLASS_LABELS: Record<ResultClass, string> = {
  A: 'A类（已解决或基本解决）',
  B: 'B类（列入计划逐步解决）',
  C: 'C类（因条件限制暂不能解决）',
  D: 'D类（留作参考）',
};

export const PUBLICITY_LABELS: Record<'public' | 'private', string> = { public: '公开', private: '不公开' };

export const SIGNER_STATUS_LABELS: Record<'pending' | 'confirmed' | 'declined', string> = {
  pending: '待确认',
  confirmed: '已确认',
  declined: '已拒绝',
};

export const LIGHT_LABELS: Record<Light, string> = { red: '红灯（已超期）', yellow: '黄灯（临近期限）', green: '绿灯（正常）', none: '无期限' };
export const LIGHT_SHORT: Record<Exclude<Light, 'none'>, string> = { red: '红灯', yellow: '黄灯', green: '绿灯' };
export const LIGHT_COLORS: Record<Light, string> = { red: '#d4380d', yellow: '#d4a106', green: '#389e0d', none: '#bfbfbf' };

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  adjustmentWindow: '调整申请期限',
  coOpinion: '会办意见期限',
  reply: '答复期限',
  rehandle: '重新办理期限',
  evaluation: '评价期限',
  referenceContact: '参阅件沟通期限',
};

export const REQUEST_KIND_LABELS: Record<'adjustment' | 'extension', string> = { adjustment: '申请调整', extension: '申请延期' };
export const REQUEST_STATE_LABELS: Record<'pending' | 'approved' | 'rejected', string> = { pending: '待审批', approved: '已同意', rejected: '已驳回' };
export {
  COMMITMENT_ACTION_LABELS,
  COMMITMENT_STATE_LABELS,
  LOOK_BACK_FINDING_LABELS,
  LOOK_BACK_REVIEW_STATE_LABELS,
} from '../../../domain/commitments/tracking';

export const CLOSE_REASON_LABELS: Record<string, string> = {
  evaluated: '代表已评价',
  rehandledEvaluated: '重新办理后已评价',
  notEvaluated: '评价期满未评价',
  referenceContacted: '参阅件已沟通',
  closedByOffice: '联工委办结',
};

/** History event types (mostly the operationIds of the actions) → 中文. Unknown types show as they are. */
export const EVENT_LABELS: Record<string, string> = {
  submitSuggestion: '提出建议',
  importItem: '从 Excel 导入',
  suggestionSubmitted: '提出建议',
  updateItem: '修改内容',
  cosignRequested: '邀请附议',
  confirmCosignature: '确认附议',
  declineCosignature: '拒绝附议',
  resubmitSuggestion: '修改后重新提交',
  withdrawSuggestion: '撤回建议',
  passDelegationReview: '代表团审核通过',
  returnFromDelegation: '代表团退回修改',
  delegationReviewRequested: '提交代表团审核',
  acceptSuggestion: '审核立案',
  returnSuggestion: '退回修改',
  convertToReference: '转为参阅件',
  rejectSuggestion: '不予立案',
  mergeSuggestion: '并案（并入他件）',
  mergeInto: '并案（并入本件）',
  changeCategory: '修改类别',
  handDownItem: '交由下级办理',
  draftAssignment: '预交办',
  assignSuggestion: '正式交办',
  reassignSuggestion: '二次交办',
  reassigned: '二次交办',
  referenceAssigned: '交参阅单位',
  requestAdjustment: '申请调整',
  adjustmentRequested: '申请调整',
  decideAdjustment: '审批调整申请',
  adjustmentDecided: '审批调整申请',
  requestExtension: '申请延期答复',
  extensionRequested: '申请延期答复',
  decideExtension: '审批延期申请',
  extensionDecided: '审批延期申请',
  setResponsibility: '办理责任分解',
  responsibilityForConfirmation: '责任分解送代表确认',
  markKeyItem: '确定重点处理',
  sendCoOpinion: '报送会办意见',
  coOpinionReceived: '收到会办意见',
  coOpinionCopied: '会办意见抄送',
  returnCoOpinion: '退回会办意见',
  coOpinionReturned: '会办意见被退回',
  recordContact: '沟通联系',
  saveReplyDraft: '起草答复',
  submitReplyForReview: '答复提交审核',
  approveReplyReview: '答复审核通过',
  sendBackReply: '答复退回重办',
  signOffReply: '领导签发',
  sendReply: '答复代表',
  replyReceived: '收到答复',
  overrideReplyCheck: '豁免答复前置要求',
  allRepliesSent: '全部答复完毕',
  evaluateReply: '评价答复',
  dissatisfiedEvaluation: '评价不满意',
  forwardForRehandling: '转交重新办理',
  rehandleRequired: '要求重新办理',
  reopenForRehandling: '重新办理',
  closeItem: '办结',
  referenceContacted: '参阅件沟通完成',
  registerCommitment: 'B类承诺挂号',
  updateCommitment: '承诺事项进展',
  strikeOffCommitment: '承诺事项销号',
  convertCommitmentToC: '承诺事项转C类',
  requestCommitmentStrikeOff: '承诺事项申请销号',
  approveCommitmentStrikeOff: '承诺事项同意销号',
  rejectCommitmentStrikeOff: '承诺事项销号申请被驳回',
  carryOverCommitment: '承诺事项结转',
  remindCommitment: '承诺事项到期提醒',
  startLookBack: '回头看：生成复查表',
  submitLookBackReview: '回头看：填报复查表',
  uploadAttachment: '上传附件',
  deadlinesRecomputed: '重算期限',
  confirmContact: '代表确认沟通记录',
  acknowledgeAssignment: '签收交办',
  disputeContact: '代表对沟通记录提出异议',
  // R-SUP-2, R-SUP-3
  designateKeySupervision: '确定为重点督办件',
  updateKeySupervision: '修改重点督办安排',
  revokeKeySupervision: '撤销重点督办',
  recordSupervisionActivity: '督办活动',
  sendManualReminder: '催办',
  issueUrgingLetter: '发出督办函',
  // Issue 4: the scheduler's (系统) entries.
  weeklyReminder: '每周催办提醒',
  weeklyUrge: '每周超期督促',
  lightChanged: '期限亮灯',
  adjustmentWindowClosing: '调整申请期即将截止',
  evaluationWindowExpired: '评价期满自动办结',
  publicationDue: '答复待公开提醒',
  publicationOverdue: '答复公开逾期提醒',
  publishReply: '答复已在门户公开',
  // R-CPPCC-3
  linkRelated: '关联相关件',
  unlinkRelated: '取消关联相关件',
};

/** operationIds that may appear in an item's `actions` → button text. */
export const ACTION_LABELS: Record<string, string> = {
  reviewSuggestion: '审核',
  respondCosignature: '附议确认',
  evaluateReply: '评价答复',
  recordContact: '登记沟通联系',
  respondContact: '确认沟通记录',
  sendCoOpinion: '报送会办意见',
  resubmitSuggestion: '修改后重新提交',
  withdrawSuggestion: '撤回建议',
  reviewByDelegation: '代表团审核',
  mergeSuggestions: '并案',
  draftAssignment: '预交办',
  assignSuggestion: '正式交办',
  reassignSuggestion: '二次交办',
  requestAdjustment: '申请调整',
  decideAdjustment: '审批调整申请',
  requestExtension: '申请延期',
  decideExtension: '审批延期申请',
  acknowledgeAssignment: '签收',
  setResponsibility: '办理责任分解',
  markKeyItem: '重点处理',
  returnCoOpinion: '退回会办意见',
  forwardForRehandling: '转交重新办理',
  closeItem: '办结',
  changeCommitment: '承诺事项',
  uploadAttachment: '上传附件',
  saveReplyDraft: '起草答复',
  submitReplyForReview: '提交审核',
  approveReplyReview: '审核通过',
  sendBackReply: '退回重办',
  signOffReply: '领导签发',
  sendReply: '答复代表',
  overrideReplyCheck: '豁免答复前置要求',
  publishReply: '登记答复已公开',
  changeCategory: '修改类别',
  handDownItem: '交由下级办理',
};
