/**
 * Work queues (待办): every step of the lifecycle that waits on a person is in
 * one queue of that person's role. The server decides what is in each
 * (server/queries/queues/), the workbench shows the role's queues as tabs with
 * their counts, and the menu shows the sum.
 */
import type { BatchAction } from '../batch/actions';
import type { Role } from '../items/roles';

export interface QueueDef {
  /** the tab's name */
  label: string;
  /** who works this queue */
  roles: readonly Role[];
  /** what the row's date means (期限 or 等待自) */
  dueLabel: string;
  /** shown when the queue is empty */
  empty: string;
  /** one line: what to do with a row */
  hint: string;
  /** the batch action the queue's rows can take together (批量处理) */
  batch?: BatchAction;
}

const OFFICES: readonly Role[] = ['liaisonOffice', 'governmentOffice'];

export const QUEUES = {
  // The unit office (承办单位办公室).
  assignments: {
    label: '新交办',
    roles: ['unitOffice'],
    dueLabel: '调整申请截止',
    empty: '没有新交办的建议',
    hint: '请签收；不属于本单位职责的，在调整申请期限内申请调整并说明理由。',
  },
  coOpinions: {
    label: '待报会办意见',
    roles: ['unitOffice'],
    dueLabel: '会办意见期限',
    empty: '没有待报送的会办意见',
    hint: '会办单位在期限内向主办单位报送会办意见。',
  },
  coOpinionsReceived: {
    label: '收到会办意见',
    roles: ['unitOffice'],
    dueLabel: '答复期限',
    empty: '没有待吸收的会办意见',
    hint: '会办意见已送达，主办单位吸收后起草答复，或退回会办单位重报。',
  },
  repliesToReview: {
    label: '答复待审核',
    roles: ['unitOffice'],
    dueLabel: '答复期限',
    empty: '没有待审核的答复稿',
    hint: '承办人已提交答复稿，请审核后报领导签发，或退回修改。',
    batch: 'approveReply',
  },
  repliesToSend: {
    label: '答复待发送',
    roles: ['unitOffice'],
    dueLabel: '答复期限',
    empty: '没有待发送的答复',
    hint: '领导已签发，请将答复发送代表。',
    batch: 'sendReply',
  },
  rehandling: {
    label: '重新办理',
    roles: ['unitOffice', 'unitHandler'],
    dueLabel: '重新办理期限',
    empty: '没有需要重新办理的建议',
    hint: '代表对答复不满意：请当面沟通、重新研究办理并在期限内再次答复。',
  },
  // The handler (承办人).
  repliesToDraft: {
    label: '待起草答复',
    roles: ['unitHandler', 'unitOffice'],
    dueLabel: '答复期限',
    empty: '没有待起草的答复',
    hint: '先与代表沟通联系，再起草答复并提交审核。',
  },
  repliesSentBack: {
    label: '退回修改的答复',
    roles: ['unitHandler', 'unitOffice'],
    dueLabel: '答复期限',
    empty: '没有被退回的答复稿',
    hint: '按退回意见修改答复稿后重新提交审核。',
  },
  referenceContacts: {
    label: '参阅件待沟通',
    roles: ['unitHandler', 'unitOffice'],
    dueLabel: '沟通期限',
    empty: '没有待沟通的参阅件',
    hint: '参阅件不书面答复，请在期限内与代表沟通联系并登记。',
  },
  // The unit's leader (单位负责人).
  repliesToSign: {
    label: '答复待签发',
    roles: ['unitLeader'],
    dueLabel: '答复期限',
    empty: '没有待签发的答复',
    hint: '办公室已审核，请签发或退回修改。',
    batch: 'signOffReply',
  },
  // The delegation's contact person (two-stage review, when the rules profile switches it on).
  delegationReview: {
    label: '代表团审核',
    roles: ['delegationContact'],
    dueLabel: '提交时间',
    empty: '没有待代表团审核的建议',
    hint: '审核本团代表的建议是否一事一议、情况属实、建议可行：通过的报送联工委审核，需完善的退回代表修改并写明意见。',
  },
  // The liaison office and the government office.
  toReview: {
    label: '待审核',
    roles: ['liaisonOffice'],
    dueLabel: '提交时间',
    empty: '没有待审核的建议',
    hint: '审核后立案、退回修改、不予立案、转为参阅件或并案。',
    batch: 'accept',
  },
  toAssign: {
    label: '待交办',
    roles: OFFICES,
    dueLabel: '立案时间',
    empty: '没有待交办的建议',
    hint: '确定办理方式和承办单位后交办（可先预交办）。',
    batch: 'assign',
  },
  adjustmentRequests: {
    label: '调整申请',
    roles: OFFICES,
    dueLabel: '申请时间',
    empty: '没有待审批的调整申请',
    hint: '承办单位认为不属于本单位职责，申请调整：同意并改交，或不同意并说明理由。',
  },
  extensionRequests: {
    label: '延期申请',
    roles: OFFICES,
    dueLabel: '答复期限',
    empty: '没有待审批的延期申请',
    hint: '承办单位申请延期答复：同意或不同意。',
  },
  strikeOffRequests: {
    label: '承诺销号申请',
    roles: OFFICES,
    dueLabel: '承诺完成时限',
    empty: '没有待审核的销号申请',
    hint: '承办单位报告承诺事项已落实，申请销号：核实后同意或驳回。',
  },
  dissatisfied: {
    label: '不满意待转办',
    roles: ['liaisonOffice'],
    dueLabel: '评价时间',
    empty: '没有待转办的不满意评价',
    hint: '代表评价不满意：将意见转交承办单位重新办理。',
  },
  evaluationsDue: {
    label: '待代表评价',
    roles: ['liaisonOffice'],
    dueLabel: '评价期限',
    empty: '没有临近评价期限的答复',
    hint: '已答复、代表尚未评价且评价期限将满：提醒代表评价，或代录纸质评价表。',
  },
  // The deputy (代表).
  cosignatures: {
    label: '待确认附议',
    roles: ['deputy'],
    dueLabel: '邀请时间',
    empty: '没有待确认的附议邀请',
    hint: '其他代表邀请您附议：确认附议或拒绝。',
  },
  returnedToMe: {
    label: '退回修改',
    roles: ['deputy'],
    dueLabel: '退回时间',
    empty: '没有退回修改的建议',
    hint: '按审核意见修改后重新提交。',
  },
  toEvaluate: {
    label: '待评价',
    roles: ['deputy'],
    dueLabel: '评价期限',
    empty: '没有待评价的答复',
    hint: '请阅读答复并评价：满意、基本满意或不满意。',
  },
  contactsToConfirm: {
    label: '待确认沟通',
    roles: ['deputy'],
    dueLabel: '沟通日期',
    empty: '没有待确认的沟通记录',
    hint: '承办单位登记了与您的沟通联系：请确认，或指出与实际不符之处。',
  },
} as const satisfies Record<string, QueueDef>;

export type QueueKey = keyof typeof QUEUES;
export const QUEUE_KEYS = Object.keys(QUEUES) as [QueueKey, ...QueueKey[]];

/** The queues a role works, in the order of the tabs. */
export function queuesFor(role: Role): QueueKey[] {
  return QUEUE_KEYS.filter((k) => (QUEUES[k].roles as readonly Role[]).includes(role));
}
