/**
 * Every error the API answers with: one entry per machine code, holding its
 * kind (server/routes/error-handler.ts maps kinds to HTTP statuses) and its
 * Chinese message — a string, or a function of typed parameters where the
 * text depends on the case. Throw sites name a code and its parameters
 * (`domainError('VIEW_NAME_TAKEN', { name })` in ./errors.ts) and never
 * write a message themselves. The web imports `ErrorCode` for what an
 * ApiError's `code` can be.
 *
 * A code raised in several places with different texts (and, for a few, a
 * different kind) keeps one wire code: the site names its variant, and the
 * variants' texts are listed here.
 */

import { STREAM_ERRORS } from './error-codes-streams';
import { variants, type ErrorEntry, type ErrorKind } from './error-entry';

export type { ErrorEntry, ErrorKind };

/** The reasons a role or user may not do something (code FORBIDDEN). */
export const FORBIDDEN_REASONS = {
  default: '无权进行此操作',
  noCongress: '当前用户不属于任何人大',
  drillDownOfficesOnly: '只有人大常委会的联工委和督办领导可以查看下级的具体建议',
  handDownHigherOfficeOnly: '只有建议所属人大的联工委或政府办公厅可以把建议交由下级办理',
  handedDownToLower: '该建议已交由下级办理，交办、调整、延期等由下级的联工委或政府办公室办理',
  handledAboveOnly: '该建议由上级交来办理，审核、类别、评价和办结由上级办理',
  noRoutePolicy: '该接口未配置访问策略，已拒绝',
  auditorOnly: '只有安全审计员可以查看审计日志',
  ownCongressAdminOnly: '只有本级人大的系统管理员可以维护基础数据',
  ownCongressRulesOnly: '只能配置本级人大的规则',
  orgContactSubmitsOnly: '只有该党派团体或专门委员会的联络委员可以以组织名义提出集体提案',
  submitterOnly: '只有代表、委员本人或审核机构（代录）可以提出建议或提案',
  draftsDeputiesOnly: '只有代表本人可以保存建议草稿',
  leadDeputyResubmitsOnly: '只有领衔代表可以修改并重新提交',
  leadDeputyWithdrawsOnly: '只有领衔代表可以撤回建议',
  unitsOnly: '只有承办单位可以进行此操作',
  coUnitDraftsNoReply: '会办单位报送会办意见，不起草答复',
  coUnitsOnly: '只有会办单位报送会办意见',
  leadReturnsCoOpinions: '只有主办单位可以退回会办意见',
  extensionRequestersOnly: '只有主办或分办单位可以申请延期',
  govOfficeReviewsGovRepliesOnly: '政府办公厅只审核政府部门的答复',
  contactDeputyOnly: '只有代表本人可以确认沟通记录',
  contactSignersOnly: '只有提出或附议该建议的代表可以确认沟通记录',
  uploadSignersOnly: '只有提出或附议该建议的代表可以上传附件',
  uploadLeadDeputyOnly: '附议代表不能为领衔代表的建议上传附件，请与领衔代表联系',
  evaluateOwnItemsOnly: '代表只能评价本人的建议',
  evaluatorNotSigner: '该代表不是本建议的领衔或附议代表',
  supervisorsOnly: '只有联工委、政府办公厅和督办领导可以督办',
  bulletinIssuersOnly: '只有联工委和政府办公厅可以生成通报',
  deputiesSeeNoSupervision: '代表不查看督办信息',
  lookBackStartersOnly: '只有联工委或政府办公厅可以启动回头看',
  lookBackReviewUnitsOnly: '只有承办单位可以填报复查表',
  sharedTemplatesLiaisonOnly: '共用答复模板由联工委维护，承办单位可以使用，不能修改或删除',
  templateWritersOnly: '只有承办单位办公室、承办人和联工委可以维护答复模板',
  replyDraftEditorsOnly: '只有承办单位办公室和承办人编辑答复稿',
  assignmentPlanEditorsOnly: '只有联工委和政府办公厅编辑交办方案',
  internalNotesStaffOnly: '内部备注只供联工委、政府办公厅和承办单位的工作人员使用',
  noOrganization: '当前用户未归属任何机构，请联系管理员',
  ownNotesOnly: '只能删除本人填写的内部备注',
  // Township checklists (R-TOWN-1)
  countyOfficeOnly: '只有县级人大常委会联工委可以下发指导清单、安排联点和组织年度考核',
  countyOnly: '乡镇人大工作指导清单只在县级人大常委会及其下辖乡镇使用',
  pairedLeadersOnly: '只有联点该乡镇的县人大常委会领导可以登记联点指导情况',
  ownTownshipOnly: '乡镇人大主席团只能报送本乡镇的清单事项',
  // Deputies' duty records and points (R-DUTY-1)
  dutyCongressOnly: '代表履职记录和积分只在人民代表大会使用',
  dutyNoDeputy: '当前账号未关联代表，请联系管理员',
} as const;
export type ForbiddenReason = keyof typeof FORBIDDEN_REASONS;

export const ERRORS = {
  // ── Any operation ──
  NOT_FOUND: { kind: 'notFound', message: (p: { what: string }) => `${p.what}不存在或无权查看` },
  /** A reason from FORBIDDEN_REASONS, or the transition (its label) the current role may not take. */
  FORBIDDEN: {
    kind: 'forbidden',
    message: (p: { reason?: ForbiddenReason } | { action: string } = {}) =>
      'action' in p ? `当前角色无权“${p.action}”` : FORBIDDEN_REASONS[p.reason ?? 'default'],
  },
  STALE_VERSION: { kind: 'conflict', message: '数据已被他人修改，请刷新后重试' },
  ILLEGAL_TRANSITION: {
    kind: 'conflict',
    message: (p: { stateLabel: string; actionLabel: string }) => `当前状态为“${p.stateLabel}”，不能“${p.actionLabel}”`,
  },

  // ── Sign-in and the request itself (server/auth, server/routes/error-handler.ts) ──
  UNAUTHENTICATED: { kind: 'unauthenticated', message: '未登录或登录已超时，请重新登录' },
  DEMO_SEEDING: {
    kind: 'unavailable',
    message: (p: { percent: number }) => `演示数据正在生成（已完成 ${p.percent}%），生成完毕后即可办理；现在可以先登录浏览`,
  },
  BAD_CREDENTIALS: { kind: 'unauthenticated', message: '用户名或密码错误' },
  ACCOUNT_LOCKED: {
    kind: 'locked',
    message: (p: { variant: 'stillLocked'; minutes: number } | { variant: 'justLocked'; failures: number; minutes: number }) =>
      p.variant === 'stillLocked'
        ? `连续登录失败次数过多，账号已锁定，请于 ${p.minutes} 分钟后再试`
        : `连续登录失败 ${p.failures} 次，账号已锁定 ${p.minutes} 分钟`,
  },
  CSRF_FAILED: { kind: 'forbidden', message: '安全校验失败（CSRF），请刷新页面后重试' },
  VALIDATION_FAILED: {
    kind: 'invalid',
    message: (p: { fields: readonly { field: string; message?: string }[] }) => `输入有误：${p.fields.map((f) => `${f.field} ${f.message}`).join('；')}`,
  },
  MALFORMED_JSON: { kind: 'invalid', message: '请求内容不是有效的 JSON' },
  /** Any other 4xx Fastify raises; the handler answers with Fastify's status and code, and this message. */
  BAD_REQUEST: { kind: 'invalid', message: '请求无效' },
  INVALID_CHARACTERS: { kind: 'invalid', message: '输入含有无效字符' },
  CONSTRAINT_VIOLATION: { kind: 'invalid', message: '输入的数据不符合约束' },
  DUPLICATE: { kind: 'conflict', message: '数据重复，与已有记录冲突' },
  CONCURRENT_UPDATE: { kind: 'conflict', message: '与他人的操作冲突，请刷新后重试' },
  BODY_TOO_LARGE: { kind: 'tooLarge', message: '提交的内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { kind: 'unsupportedMediaType', message: '不支持的内容类型' },
  ROUTE_NOT_FOUND: { kind: 'notFound', message: (p: { method: string; url: string }) => `接口不存在：${p.method} ${p.url}` },
  INTERNAL: { kind: 'internal', message: '服务器内部错误' },

  // ── Submission, co-signature, review, merging ──
  DUPLICATE_COSIGNER: { kind: 'invalid', message: '附议代表重复' },
  LEAD_AS_COSIGNER: { kind: 'invalid', message: '领衔代表不能同时作为附议代表' },
  UNKNOWN_DEPUTY: { kind: 'invalid', message: '领衔或附议代表不存在，或不属于本级人大' },
  UNKNOWN_CATEGORY: { kind: 'invalid', message: '分类不存在' },
  /** 立案 and 交办 file the item under a category (statistics count the rest as 未分类). */
  CATEGORY_REQUIRED: { kind: 'invalid', message: '请选择建议类别：立案、交办的建议须确定类别' },
  CATEGORY_UNCHANGED: { kind: 'invalid', message: '所选类别与当前类别相同' },
  ALREADY_RESPONDED: variants(
    { contact: 'conflict', cosignature: 'invalid' },
    { contact: '您已对这条沟通记录作出确认，不能重复提交', cosignature: '您已对该建议作出过附议回应' },
  ),
  UNKNOWN_UNIT: variants('invalid', { review: '承办单位不存在', plan: '承办单位不存在或已停用' }),
  MERGE_SELF: { kind: 'invalid', message: '不能把建议并入其自身' },
  // R-ASSIGN-4 handing down
  HAND_DOWN_TARGET: { kind: 'invalid', message: '只能交由本级以下的人民代表大会办理' },
  ALREADY_HANDED_DOWN: { kind: 'conflict', message: '该建议已交由下级办理' },
  MERGE_DUPLICATE: { kind: 'invalid', message: '被并案的建议重复' },
  MERGE_PRIMARY_STATE: { kind: 'invalid', message: '主件须已立案（待交办、预交办或办理中）' },
  COLLECTIVE_CPPCC_ONLY: { kind: 'invalid', message: '集体提案只能向政协提出，代表建议由代表本人提出' },
  COLLECTIVE_NO_COSIGNERS: { kind: 'invalid', message: '集体提案以组织名义提出，不设联名委员' },
  UNKNOWN_SUBMITTER_ORG: { kind: 'invalid', message: '提出集体提案的组织不是本届政协的党派、团体或专门委员会' },
  ROLE_NOT_OF_BODY: variants('invalid', {
    cppcc: '政协的账号只能是政协委员、提案委员会、督办领导、系统管理员或安全审计员',
    congress: '人大的账号不能是政协委员或提案委员会',
  }),
  ORG_KIND_NOT_OF_BODY: variants('invalid', {
    cppcc: '政协只能新增界别、党派团体和专门委员会；承办单位是同级人大、政府的',
    congress: '人大不能新增界别或党派团体，它们属于同级政协',
  }),
  PARTY_CPPCC_ONLY: { kind: 'invalid', message: '党派只登记政协委员的' },
  LINK_SELF: { kind: 'invalid', message: '不能把一件建议或提案关联为它自己的相关件' },
  ALREADY_LINKED: { kind: 'conflict', message: '这两件已经关联为相关件' },
  MERGE_KIND_MISMATCH: { kind: 'rule', message: '代表建议与政协提案不能并案办理，可以将两者关联为相关件' },
  MERGE_SESSION_MISMATCH: { kind: 'invalid', message: '只能并案同一届次会议的建议' },

  // ── Assignment (R-ASSIGN-1) and adjustment ──
  DUPLICATE_UNIT: variants('invalid', { plan: '同一单位不能重复交办', adjustment: '新增单位已在承办名单中' }),
  /** The variant is the handling mode the units do not fit. */
  PLAN_MODE_MISMATCH: variants('invalid', {
    single: '单独办理须且只能有一个主办单位',
    leadCo: '主办会办须有一个主办单位和至少一个会办单位',
    split: '分办须有至少两个分办单位',
    leaderLed: '领导领办须有一个具体承办（主办）单位',
  }),
  LEADER_REQUIRED: { kind: 'invalid', message: '领导领办须填写领办领导' },
  UNKNOWN_MODE: { kind: 'invalid', message: (p: { mode: string }) => `未知的办理方式：${p.mode}` },
  BAD_ASSIGN_DATE: { kind: 'invalid', message: '交办日期无效或晚于今天' },
  ADJUSTMENT_WINDOW_CLOSED: {
    kind: 'rule',
    message: (p: { dueDate: string | null | undefined }) => `已超过调整申请期限（${p.dueDate ?? '未交办'}），只能由交办机关调整`,
  },
  ALREADY_ACKNOWLEDGED: { kind: 'rule', message: '本单位已签收该件' },
  TASK_NOT_ACTIVE: variants('rule', {
    acknowledge: '该任务不在待签收状态',
    responsibility: '该件尚未正式交办或已撤回，不能分解责任',
    contact: '该件尚未正式交办，不能登记沟通',
    draftReply: '当前不在办理阶段，不能起草答复',
    upload: '本单位的承办任务尚未正式交办或已结束，不能上传附件',
    responsibilityDone: '本单位已答复或已报送会办意见，不能再进行责任分解',
    contactClosed: '该件已办结，不能再登记沟通联系',
  }),

  // ── Handling: responsibility, contacts, co-opinions, extensions ──
  UNKNOWN_DIVISION: { kind: 'invalid', message: '处室不存在或不属于本单位' },
  UNKNOWN_HANDLER: { kind: 'invalid', message: '承办人不属于本单位或账号已停用' },
  UNKNOWN_LEADER: { kind: 'invalid', message: '责任领导须是本单位在用的领导账号' },
  PERSON_REQUIRED: variants('invalid', { handler: '请选择承办人', leader: '请选择责任领导' }),
  /** After the unit's reply only the follow-up visit (办后回访) is recorded. */
  CONTACT_AFTER_REPLY_ONLY: { kind: 'rule', message: '本单位已答复，只能登记办后回访' },
  KEY_ITEM_LIMIT: { kind: 'rule', message: (p: { max: number }) => `每个单位每届会议最多确定 ${p.max} 件重点处理建议` },
  FUTURE_DATE: { kind: 'invalid', message: '沟通日期不能晚于今天' },
  CONTACT_REQUIRED: variants(
    { beforeReply: 'rule', coOpinion: 'invalid' },
    {
      beforeReply: '先协商、后答复：尚无与代表的沟通联系记录，不能答复（可由交办机关说明理由后豁免）',
      coOpinion: '请填写联系人和联系电话',
    },
  ),
  PRIVATE_REASON_REQUIRED: variants('invalid', { reply: '答复不公开须说明理由', coOpinion: '不公开须说明理由' }),
  LEAD_ALREADY_REPLIED: { kind: 'rule', message: '主办单位已答复或该件已不在办理中，不能再退回会办意见' },
  ALREADY_EXTENDED: { kind: 'rule', message: '该件已批准延期，不能再次申请' },
  EXTENSION_PENDING: { kind: 'rule', message: '该件已有待审批的延期申请' },

  // ── Replies ──
  DOC_NUMBER_REQUIRED: { kind: 'rule', message: '答复函须有文号' },
  COMMITMENT_REQUIRED: { kind: 'rule', message: 'B 类答复须登记承诺事项及完成时限' },
  RESULT_CLASS_NOT_IN_PROFILE: { kind: 'rule', message: (p: { classes: string }) => `本届办理结果只分 ${p.classes}，请从中选择` },
  FACE_TO_FACE_REQUIRED: {
    kind: 'rule',
    message: '重新办理须在收到反馈后与代表当面沟通，尚无当面沟通记录，不能答复（可由交办机关说明理由后豁免）',
  },
  CO_OPINION_MISSING: {
    kind: 'rule',
    message: (p: { count: number }) => `尚有 ${p.count} 个会办单位未报送会办意见，主办单位不能答复（可由交办机关说明理由后豁免）`,
  },
  REPLY_NOT_FOUND: { kind: 'rule', message: '答复不存在' },
  REASON_REQUIRED: variants('invalid', { override: '豁免须说明理由', return: '退回须说明理由' }),
  REPLY_ALREADY_SENT: { kind: 'rule', message: '答复已发出' },
  /** A commitment's target date in a reply draft (with the date), or the new one of a progress report. */
  BAD_TARGET_DATE: {
    kind: 'invalid',
    message: (p: { variant: 'replyCommitment'; date: string } | { variant: 'progress' }) =>
      p.variant === 'replyCommitment' ? `承诺事项的完成时限无效：${p.date}` : '完成时限无效',
  },
  COMMITMENTS_ONLY_FOR_B: { kind: 'invalid', message: '只有 B 类答复登记承诺事项' },
  REPLY_NOT_DRAFT: { kind: 'rule', message: '答复已提交审核，不能修改' },
  REPLY_NOT_SENT: { kind: 'rule', message: '答复尚未发出，不能公开' },
  REPLY_NOT_PUBLIC: { kind: 'rule', message: '该答复标注为不公开，不能在门户公开' },
  REPLY_ALREADY_PUBLISHED: { kind: 'rule', message: '该答复已公开' },

  // ── Evaluation and closing ──
  EVALUATION_WINDOW_OPEN: { kind: 'rule', message: (p: { dueDate: string }) => `评价期限（${p.dueDate}）未到，不能以“未评价”办结` },
  REFERENCE_CONTACT_OPEN: {
    kind: 'rule',
    message: (p: { dueDate: string }) => `参阅件沟通期限（${p.dueDate}）未到，请待承办单位登记沟通后自动办结`,
  },
  DEPUTY_REQUIRED: variants('invalid', { account: '代表账号须关联一名本级代表', proxyEvaluation: '代录评价须指明代表' }),
  CLASSIFIED_OFFLINE: variants(
    { evaluationForm: 'invalid', attachment: 'rule', letter: 'rule' },
    {
      evaluationForm: '涉密件的评价表在线下存档，不上传扫描件',
      attachment: '涉密件只在线下办理，不能上传附件',
      letter: '涉密件只在线下办理，系统不生成其答复函或会办意见函',
    },
  ),
  PROXY_FORM_REQUIRED: { kind: 'invalid', message: '代录评价须上传代表签字的评价表扫描件' },
  UNKNOWN_ATTACHMENT: { kind: 'invalid', message: '评价表扫描件不存在' },
  ALREADY_EVALUATED: { kind: 'rule', message: '该代表已对本轮答复作出评价' },
  DISSATISFIED_REASON_REQUIRED: { kind: 'invalid', message: '评价不满意须写明原因，承办单位将据此重新研究办理' },

  // ── Supervision ──
  NOT_KEY_SUPERVISED: { kind: 'rule', message: '该件不是重点督办件，不能登记督办活动' },
  HELD_IN_FUTURE: { kind: 'invalid', message: '活动日期不能晚于今天' },
  NOT_SUPERVISABLE: { kind: 'rule', message: (p: { stateLabel: string }) => `该件当前状态（${p.stateLabel}）不能确定为重点督办件` },
  ALREADY_KEY_SUPERVISED: { kind: 'rule', message: '该件已是重点督办件，可修改督办安排' },
  UNIT_NOT_OPEN: { kind: 'rule', message: '该单位在本件中没有待办的承办任务' },
  RESPOND_BY_PAST: { kind: 'invalid', message: '反馈期限不能早于今天' },
  NOT_URGEABLE: { kind: 'rule', message: (p: { stateLabel: string }) => `该件当前状态（${p.stateLabel}）无需催办` },
  NO_OPEN_UNITS: { kind: 'rule', message: '本件没有尚未完成的承办单位' },
  UNKNOWN_COMMITTEE: { kind: 'invalid', message: '督办专委会不存在或已停用' },

  // ── Commitments and look-back ──
  NO_SESSION: { kind: 'rule', message: '本级人大尚无届次会议，无法结转' },
  EVIDENCE_NOT_FOUND: { kind: 'invalid', message: '佐证材料须是本件中本单位上传或可查看的附件' },
  LOOK_BACK_FUTURE_YEAR: { kind: 'invalid', message: '不能为将来的年度启动回头看' },

  // ── Attachments ──
  ITEM_FINISHED: variants('rule', {
    deputyUpload: '该建议已办结或未立案，不能再上传附件',
    officeUpload: '该建议未立案或已并案，不能上传附件',
  }),
  ATTACHMENT_TYPE: {
    kind: 'invalid',
    message: (p: { mimeType: string }) => `不支持的附件类型：${p.mimeType}（允许 PDF、JPEG、PNG、Word、Excel）`,
  },
  ATTACHMENT_EMPTY: { kind: 'invalid', message: '附件为空' },
  ATTACHMENT_TOO_LARGE: { kind: 'tooLarge', message: '附件不能超过 10 MB' },
  ATTACHMENT_CONTENT: { kind: 'invalid', message: '附件内容与声明的类型不符' },

  // ── Ledgers, exports, reports, imports ──
  VIEW_NAME_TAKEN: { kind: 'conflict', message: (p: { name: string }) => `已有名为「${p.name}」的筛选方案，请换一个名称` },
  BAD_CURSOR: { kind: 'invalid', message: '翻页位置无效（排序已改变或链接已过期），请从第一页重新查询' },
  QUEUE_NOT_FOR_ROLE: { kind: 'forbidden', message: '这个待办事项不属于当前角色' },
  EXPORT_TOO_LARGE: {
    kind: 'rule',
    message: (p: { total: number; limit: number }) => `符合条件的建议共 ${p.total} 件，超过单次导出上限 ${p.limit} 件，请先缩小筛选范围`,
  },
  UNIT_ANALYSIS_NOT_REQUIRED: {
    kind: 'rule',
    message: (p: { scopeLabel: string; items: number; minItems: number }) =>
      `${p.scopeLabel}本会次承办建议${p.items}件，不足${p.minItems}件；承办${p.minItems}件以上的单位才须报送综合分析报告，确需生成请选择“强制生成”`,
  },
  UNIT_SCOPE_REQUIRED: { kind: 'rule', message: '单位综合分析报告须选择一个承办单位作为范围' },
  NO_CONGRESS: { kind: 'invalid', message: '当前用户不属于任何一级人大' },
  NOT_XLSX: { kind: 'invalid', message: '请上传 .xlsx 格式的 Excel 文件' },
  UNKNOWN_MESSAGE_TYPE: { kind: 'invalid', message: (p: { types: readonly string[] }) => `未知的消息类型：${p.types.join('、')}` },
  MESSAGE_TYPE_NOT_FOR_ROLE: { kind: 'invalid', message: (p: { labels: readonly string[] }) => `您的角色不会收到这些消息，无需设置：${p.labels.join('、')}` },

  // ── Reply templates and snippets ──
  TEMPLATE_NAME_TAKEN: {
    kind: 'conflict',
    message: (p: { name: string; shared: boolean }) => `${p.shared ? '共用模板中' : '本单位'}已有名为「${p.name}」的模板，请换一个名称`,
  },

  // ── Administration: organizations, users, rules, calendar ──
  UNKNOWN_ORGANIZATION: variants('invalid', { organization: '机构不存在', ofUser: '所属机构不存在' }),
  UNEXPECTED_PARENT: { kind: 'invalid', message: '只有处室需要上级单位' },
  DIVISION_IN_USE: { kind: 'invalid', message: '该处室已承担建议的责任分解，不能调整到其他单位；可新增处室' },
  DIVISION_NEEDS_UNIT: { kind: 'invalid', message: '处室须属于本级的一个承办单位' },
  NOT_A_UNIT: { kind: 'invalid', message: '只有承办单位区分政府部门与非政府部门' },
  NAME_TAKEN: { kind: 'invalid', message: (p: { name: string }) => `已有同名的机构：${p.name}` },
  UNIT_REQUIRED: { kind: 'invalid', message: '承办单位人员须指定所属承办单位' },
  DELEGATION_REQUIRED: { kind: 'invalid', message: '代表团联络员须指定所属代表团' },
  UNKNOWN_DELEGATION: variants('invalid', { delegation: '代表团不存在', sector: '界别不存在' }),
  UNKNOWN_USER: { kind: 'invalid', message: '用户不存在' },
  USERNAME_TAKEN: { kind: 'invalid', message: '用户名已被使用' },
  // Issue 16: a user's places in other bodies
  MEMBER_HERE_ALREADY: { kind: 'invalid', message: '该用户本来就属于本级，请在用户列表中修改其角色' },
  MEMBERSHIP_EXISTS: { kind: 'conflict', message: '该用户在本级已有这一角色' },
  SELF_ROLE_CHANGE: { kind: 'invalid', message: '不能修改自己的角色' },
  SELF_DISABLE: { kind: 'invalid', message: '不能停用自己的账号' },
  BAD_RULES_PROFILE: { kind: 'invalid', message: (p: { issues: readonly string[] }) => `规则配置有误：${p.issues.join('；')}` },
  BAD_SCHEDULE: { kind: 'invalid', message: (p: { errors: readonly string[] }) => `节假日安排有误：${p.errors.join('；')}` },
  NO_OVERRIDE: { kind: 'invalid', message: (p: { year: number }) => `${p.year}年没有本地录入的节假日安排` },

  // ── Township checklists, guidance and the annual assessment (R-TOWN-1) ──
  UNKNOWN_TOWNSHIP: { kind: 'invalid', message: '所选乡镇不存在或不属于本县' },
  NO_TOWNSHIPS: variants('rule', {
    county: '本县尚无下辖乡镇人大，不能制定指导清单',
    checklist: '清单尚未选择下发的乡镇，请先修改清单',
  }),
  CHECKLIST_YEAR_ASSESSED: {
    kind: 'rule',
    message: (p: { year: number }) => `${p.year}年度考核已定稿，该年度清单的报送情况和佐证材料不能再修改`,
  },
  UNKNOWN_LEADER_ACCOUNT: { kind: 'invalid', message: '联点领导须是本县人大常委会在用的督办领导账号' },
  PAIRING_EXISTS: { kind: 'conflict', message: '该领导已联点这个乡镇' },
  UNKNOWN_ENTRY: variants('invalid', {
    visit: '所选清单事项不存在，或未下发到该乡镇',
    experience: '典型经验须选自本季度清单中乡镇已报送的事项',
  }),
  ASSESSMENT_NOT_SET_UP: { kind: 'rule', message: (p: { year: number }) => `${p.year}年度考核方案尚未制定，请先制定考核方案` },
  POINTS_OUT_OF_RANGE: { kind: 'invalid', message: (p: { max: number }) => `分值须在 0 到 ${p.max} 分之间` },
  SCHEME_BELOW_MANUAL_SCORE: {
    kind: 'rule',
    message: (p: { indicator: string; points: number }) => `已有乡镇的“${p.indicator}”人工评为 ${p.points} 分，该指标的分值不能低于此分`,
  },
  UNKNOWN_ADJUSTMENT_ITEM: { kind: 'invalid', message: '所选加分或扣分项目不在本年度考核方案中' },

  // ── Deputies' duty records and points, the hotline channel (issue 15): ./error-codes-streams.ts ──
  ...STREAM_ERRORS,
} as const satisfies Record<string, ErrorEntry>;

/** Every machine code the API can answer with (besides the codes of other 4xx Fastify raises, see BAD_REQUEST). */
export type ErrorCode = keyof typeof ERRORS;

type Message<C extends ErrorCode> = (typeof ERRORS)[C]['message'];

/** The codes whose message is plain text (no parameters). */
export type PlainErrorCode = { [C in ErrorCode]: Message<C> extends string ? C : never }[ErrorCode];

/** The arguments after the code: the entry's parameters (none when its message is plain text), then optional details. */
export type ErrorArgs<C extends ErrorCode> =
  Message<C> extends (...params: infer P) => string ? [...P, details?: unknown] : [params?: undefined, details?: unknown];

/** The kind and Chinese message of `code` for these parameters. */
export function describeError(code: ErrorCode, params?: unknown): { kind: ErrorKind; message: string } {
  const entry: ErrorEntry = ERRORS[code];
  const kind = typeof entry.kind === 'function' ? (entry.kind as (p: unknown) => ErrorKind)(params) : entry.kind;
  const message = typeof entry.message === 'function' ? (entry.message as (p: unknown) => string)(params) : entry.message;
  return { kind, message };
}
