/**
 * Chinese message templates (§7): one per outbox type. The same text goes to
 * the in-app inbox, the e-mail (subject + body) and the SMS (body, prefixed
 * with the signature). A type without a template still reaches its recipients
 * with a plain text naming the item.
 */
import { proposalWording, wordsOf } from '../../domain/proposals/wording';
export interface TemplateInput {
  type: string;
  /** the item's number and title, when the message is about an item */
  number: string | null;
  title: string | null;
  /** the item's kind: a proposal's notice says 提案 and 委员 (§8) */
  kind?: string | null;
  payload: Record<string, unknown>;
}

export interface Rendered {
  title: string;
  body: string;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);

type Template = (i: TemplateInput, it: string) => Rendered;

/** A notice whose text the use case wrote (payload.message), with a plain fallback naming the item. */
const told =
  (title: string, fallback: string): Template =>
  (i, it) => ({ title, body: str(i.payload.message) || `${it}${fallback}` });

const TEMPLATES = {
  cosignRequested: (_, it) => ({ title: '附议确认', body: `${it}邀请您附议，请登录系统确认或拒绝。` }),
  suggestionSubmitted: (_, it) => ({ title: '建议已提交', body: `${it}附议已确认，已提交审核。` }),
  suggestionWithdrawn: (i, it) => ({ title: '建议已撤回', body: `领衔代表已撤回${it}：${str(i.payload.note)}` }),
  acceptSuggestion: (_, it) => ({ title: '建议已立案', body: `${it}已审核立案，将交有关单位办理。` }),
  returnSuggestion: (i, it) => ({ title: '建议退回修改', body: `${it}被退回修改：${str(i.payload.note)}` }),
  // Two-stage review: the delegation's contact person checks a suggestion before the office does.
  delegationReviewRequested: (_, it) => ({
    title: '建议待代表团审核',
    body: `本代表团${it}已提交，请审核是否一事一议、情况属实、建议可行：通过的报送联工委审核，需完善的退回代表修改。`,
  }),
  returnFromDelegation: (i, it) => ({ title: '建议被代表团退回修改', body: `${it}经代表团审核，退回修改：${str(i.payload.note)}` }),
  convertToReference: (_, it) => ({ title: '建议转为参阅件', body: `${it}已转为参阅件，承办单位将与您沟通。` }),
  rejectSuggestion: (i, it) => ({ title: '建议不予立案', body: `${it}不予立案：${str(i.payload.note)}` }),
  referenceAssigned: (_, it) => ({ title: '参阅件交办', body: `${it}作为参阅件交由本单位研究，请按期与代表沟通联系。` }),
  draftAssignment: (_, it) => ({ title: '预交办', body: `${it}拟交本单位办理（预交办），如有异议请在期限内提出。` }),
  assignSuggestion: (i, it) => ({ title: '新交办建议', body: `${it}已正式交本单位${i.payload.role === 'co' ? '会办' : '办理'}，请及时签收。` }),
  handedDown: (_, it) => ({ title: '上级交来建议', body: `${it}由上级交由本级办理，请交办有关单位，答复期限按上级规定执行。` }),
  reassigned: (_, it) => ({ title: '二次交办', body: `${it}经调整交本单位办理，请及时签收。` }),
  assignmentAcknowledged: (_, it) => ({ title: '承办单位已签收', body: `${it}已由承办单位签收。` }),
  adjustmentRequested: (_, it) => ({ title: '调整申请待审批', body: `承办单位申请调整${it}，请审批。` }),
  adjustmentDecided: (i, it) => ({
    title: '调整申请已审批',
    body: `本单位关于${it}的调整申请${i.payload.approve ? '已同意' : `未同意：${str(i.payload.note)}`}。`,
  }),
  extensionRequested: (_, it) => ({ title: '延期申请待审批', body: `承办单位申请延期答复${it}，请审批。` }),
  extensionDecided: (i, it) => ({ title: '延期申请已审批', body: `本单位关于${it}的延期申请${i.payload.approve ? '已同意' : '未同意'}。` }),
  responsibilityForConfirmation: (_, it) => ({ title: '办理责任分解待确认', body: `${it}的办理责任已分解到处室和承办人，请确认。` }),
  coOpinionReceived: (_, it) => ({ title: '收到会办意见', body: `${it}收到会办单位的会办意见。` }),
  coOpinionCopied: (_, it) => ({ title: '会办意见抄送', body: `${it}的会办意见已报送主办单位（抄送）。` }),
  coOpinionReturned: (i, it) => ({ title: '会办意见被退回', body: `${it}的会办意见被主办单位退回：${str(i.payload.reason)}` }),
  contactDisputed: (_, it) => ({ title: '代表对沟通记录有异议', body: `代表对${it}的沟通联系记录提出异议，请核实。` }),
  contactToConfirm: (_, it) => ({ title: '沟通联系待确认', body: `承办单位登记了就${it}与您的沟通联系，请确认或提出异议。` }),
  referenceContacted: (_, it) => ({ title: '参阅件已沟通', body: `承办单位已就${it}与您沟通联系。` }),
  replyForReview: (_, it) => ({ title: '答复稿待审核', body: `${it}的答复稿已由承办人提交，请审核。` }),
  replyForSignOff: (_, it) => ({ title: '答复待签发', body: `${it}的答复稿已经办公室审核，请签发。` }),
  replySigned: (_, it) => ({ title: '答复已签发', body: `${it}的答复已由领导签发，请发送代表。` }),
  replySentBack: (i, it) => ({ title: '答复稿被退回', body: `${it}的答复稿被退回修改：${str(i.payload.reason)}` }),
  replyReceived: (_, it) => ({ title: '收到答复', body: `${it}已答复，请阅处并评价。` }),
  dissatisfiedEvaluation: (_, it) => ({ title: '代表评价不满意', body: `代表对${it}的答复不满意，请转交重新办理。` }),
  rehandleRequired: (i, it) => ({ title: '重新办理', body: `代表对${it}的答复不满意，请当面沟通、重新研究办理并在期限内再次答复。${str(i.payload.note)}` }),
  // R-SUP-2 reminders.
  weeklyReminder: (i) => ({
    title: '每周催办提醒',
    body: `本单位尚有 ${num(i.payload.count)} 件建议正在办理，请按期办理答复。${i.payload.overdue ? `其中 ${num(i.payload.overdue)} 件已超期。` : ''}`,
  }),
  weeklyUrge: (i) => ({ title: '超期督促', body: `本单位有 ${num(i.payload.count)} 件建议已超过办理期限（${str(i.payload.numbers)}），请抓紧办理并答复。` }),
  manualReminder: (i, it) => ({ title: '催办', body: `请加快办理${it}。${str(i.payload.note)}` }),
  urgingLetter: (i, it) => ({
    title: '督办函',
    body: `${str(i.payload.letterNumber)}：${it}${i.payload.respondBy ? `，请于 ${str(i.payload.respondBy)} 前报告办理情况` : ''}。`,
  }),
  // Time-based (issue 4 §6).
  lightYellow: (i, it) => ({ title: '即将到期', body: `${it}的${str(i.payload.deadline)}期限为 ${str(i.payload.due)}，还剩 ${num(i.payload.daysLeft)} 天。` }),
  lightRed: (i, it) => ({ title: '已超期', body: `${it}的${str(i.payload.deadline)}期限 ${str(i.payload.due)} 已过，请尽快办理。` }),
  adjustmentWindowClosing: (i, it) => ({
    title: '调整申请期即将截止',
    body: `${it}的调整（退办）申请期至 ${str(i.payload.due)} 截止，逾期只能由交办机关调整。`,
  }),
  evaluationExpired: (_, it) => ({ title: '评价期满', body: `${it}评价期限已满，按“未评价”办结。` }),
  publicationDue: (i, it) => ({ title: '答复待公开', body: `${it}的公开答复应于 ${str(i.payload.due)} 前在门户公开。` }),
  publicationOverdue: (i, it) => ({ title: '答复公开已逾期', body: `${it}的公开答复应于 ${str(i.payload.due)} 前公开，已逾期。` }),
  // R-SUP-3, R-SUP-4 (server/usecases/supervision).
  keySupervisionDesignated: told('重点督办', '已列为重点督办件，请加大办理力度。'),
  keySupervisionRevoked: told('撤销重点督办', '已撤销重点督办。'),
  bulletinGenerated: told('办理进度通报', '新的办理进度通报已发布。'),
  // R-TRACK-1/2 commitments and the look-back (server/usecases/commitments, look-back).
  commitmentStrikeOffRequested: told('承诺事项申请销号', '的承诺事项已申请销号，请审核。'),
  commitmentStrikeOffDecided: told('承诺事项销号审核', '的承诺事项销号申请已审核。'),
  commitmentClosed: told('承诺事项已办结', '的承诺事项已销号或转为C类。'),
  commitmentsCarriedOver: told('承诺事项结转', '的承诺事项已结转到新的会次继续跟踪。'),
  lookBackStarted: told('回头看复查', '请填报回头看复查表。'),
  lookBackNotDelivered: told('回头看：答复事项未落实', '的答复事项经复查未落实。'),
  // R-TRACK-1 commitments.
  commitmentDue: (i, it) => ({
    title: num(i.payload.daysLeft) < 0 ? '承诺事项已逾期' : '承诺事项即将到期',
    body: `${it}的承诺事项“${str(i.payload.content)}”完成时限为 ${str(i.payload.targetDate)}${num(i.payload.daysLeft) < 0 ? '，已逾期' : `，还剩 ${num(i.payload.daysLeft)} 天`}，请报告进展。`,
  }),
  // Issue 13 §9: a soft edit lock taken over (server/usecases/collaboration/acquire-edit-lock.ts), to its former holder.
  editLockTakenOver: (i, it) => ({
    title: '编辑已被接管',
    body: `${str(i.payload.byName) || '他人'}已接管${it}${str(i.payload.whatLabel) || '内容'}的编辑。您尚未保存的修改请先核对，保存时如提示数据已被他人修改，请刷新后再改。`,
  }),
  // Issue 16 §5–§7: the county's guidance checklists, to the township presidium (server/usecases/checklists).
  checklistIssued: (i) => ({
    title: '新的指导清单',
    body: `县人大常委会已下发${str(i.payload.quarterLabel)}指导清单《${str(i.payload.checklistTitle)}》，共 ${num(i.payload.count)} 项，请按期落实并报送完成情况和佐证材料。`,
  }),
  checklistDue: (i) => ({
    title: i.payload.overdue ? '指导清单事项已超期' : '指导清单事项即将到期',
    body: `本乡镇有 ${num(i.payload.count)} 项指导清单事项${i.payload.overdue ? '已超过完成时限尚未完成' : '即将到期'}：${str(i.payload.entries)}。请抓紧落实并报送。`,
  }),
  guidanceVisitRecorded: (i) => ({
    title: '联点指导意见',
    body: `${str(i.payload.leaderName) || '联点领导'}于 ${str(i.payload.visitedOn)} 到本乡镇联点指导。工作评价：${str(i.payload.assessment)}；要求和指导意见：${str(i.payload.requirements)}`,
  }),
  exchangeMeetingRecorded: (i) => ({
    title: '季度交流会',
    body: `县人大常委会于 ${str(i.payload.heldOn)} 召开${str(i.payload.quarterLabel)}乡镇人大主席工作交流会。下季度工作讲解：${str(i.payload.briefing)}`,
  }),
  // Issue 15: the deputies' hotline channel (server/usecases/hotline); the order's number and category ride in the payload.
  hotlineOrderReceived: (i) => ({
    title: '代表来电工单待派单',
    body: `人大代表民情通达专线工单 ${str(i.payload.orderNumber)}（${str(i.payload.category)}）已${str(i.payload.sourceLabel) || '登记'}，来电代表：${str(i.payload.deputyName) || '待确认'}，请及时派单。`,
  }),
  hotlineOrderDispatched: (i) => ({
    title: '代表来电工单交办',
    body: `人大代表民情通达专线工单 ${str(i.payload.orderNumber)}（${str(i.payload.category)}）已派交本单位${i.payload.isLead ? '牵头办理' : '协同办理'}，请在 ${num(i.payload.contactHours)} 小时内与代表联系并邀请代表参与办理，${i.payload.urgent ? '急办事项请立即办理' : `于 ${str(i.payload.finishDue)} 前办结`}。`,
  }),
  hotlineOrderReturned: (i) => ({
    title: '承办单位退单',
    body: `${str(i.payload.unitName)}退回人大代表民情通达专线工单 ${str(i.payload.orderNumber)}（${str(i.payload.category)}）：${str(i.payload.reason)}${i.payload.isLead ? '。请重新派单。' : '。'}`,
  }),
  hotlineExtensionRequested: (i) => ({
    title: '工单延期申请待审批',
    body: `${str(i.payload.unitName)}申请人大代表民情通达专线工单 ${str(i.payload.orderNumber)} 延期 ${num(i.payload.workdays)} 个工作日：${str(i.payload.reason)}`,
  }),
  hotlineExtensionDecided: (i) => ({
    title: '工单延期申请已审批',
    body: `本单位关于人大代表民情通达专线工单 ${str(i.payload.orderNumber)} 的延期申请${i.payload.approve ? `已同意，办结期限为 ${str(i.payload.finishDue)}` : `未同意${i.payload.note ? `：${str(i.payload.note)}` : ''}`}。`,
  }),
  hotlineFedBack: (i) => ({
    title: '来电反映问题已办理反馈',
    body: `您通过人大代表民情通达专线反映的问题（工单 ${str(i.payload.orderNumber)}，${str(i.payload.category)}）已办理并向您反馈，请对办理结果作出评价。`,
  }),
  hotlineOrderSupervised: (i) => ({
    title: '代表不满意工单转入督办',
    body: `人大代表民情通达专线工单 ${str(i.payload.orderNumber)}（${str(i.payload.category)}）代表评价为“${str(i.payload.ratingLabel)}”，已转入${str(i.payload.kindLabel)}，请督促承办单位重新办理。`,
  }),
  hotlineRehandle: (i) => ({
    title: '代表不满意工单重新办理',
    body: `人大代表民情通达专线工单 ${str(i.payload.orderNumber)}（${str(i.payload.category)}）代表评价为“${str(i.payload.ratingLabel)}”，请重新办理，于 ${str(i.payload.finishDue)} 前办结并向代表反馈。`,
  }),
  hotlineJointSupervision: (i) => ({
    title: '工单联合督办',
    body: `人大代表民情通达专线工单 ${str(i.payload.orderNumber)}（${str(i.payload.category)}）已列入联合督办：${str(i.payload.note)}`,
  }),
  // Issue 15 §3, §5 (server/jobs/hotline-clock-watch.ts, usecases/hotline/generate-monthly-report.ts): 催办, 通报, the monthly report.
  hotlineUrged: (i) => ({
    title: '代表来电工单催办通知书',
    body: `人大代表民情通达专线工单 ${str(i.payload.orderNumber)}（${str(i.payload.category)}）已超过${str(i.payload.deadlineText)}期限（${str(i.payload.dueText)}），请${str(i.payload.unitName) || '承办单位'}抓紧办理，立即与代表联系并按要求办结、反馈。逾期 ${num(i.payload.bulletinAfterWorkdays)} 个工作日仍未办理的，将予以通报。`,
  }),
  hotlineBulletined: (i) => ({
    title: '代表来电工单逾期通报',
    body: `人大代表民情通达专线工单 ${str(i.payload.orderNumber)}（${str(i.payload.category)}）${str(i.payload.deadlineText)}期限为 ${str(i.payload.dueText)}，发出催办通知书后，至 ${str(i.payload.today)} 已逾期 ${num(i.payload.workdays)} 个工作日仍未办理，现对承办单位${str(i.payload.unitName)}予以通报，请立即整改并向代表反馈。`,
  }),
  hotlineMonthlyReport: (i) => ({
    title: '民情通达专线月度报告',
    body: `${str(i.payload.monthLabel)}人大代表民情通达专线运行情况报告已生成：受理代表来电 ${num(i.payload.received)} 件，应办结未办结 ${num(i.payload.dueNotDone)} 件，代表评价不满意 ${num(i.payload.dissatisfied)} 件。请登录系统查看。`,
  }),
} satisfies Record<string, Template>;

/** Every message type with a template; message-roles.ts says which roles receive each. */
export type MessageType = keyof typeof TEMPLATES;

/** Renders a message; `it` names the item as 《title》（number）. */
export function renderMessage(i: TemplateInput): Rendered {
  const it = i.number ? `第 ${i.number} 号${wordsOf(i.kind).item}《${i.title ?? ''}》` : '';
  if (i.kind !== 'proposal') return renderText(i, it);
  // A proposal's notice: the template's own words turn into a proposal's (建议 → 提案, 代表 → 委员); the item's
  // title and what people wrote (reasons, notes) are kept as they are, behind tokens while the words change.
  const kept: string[] = [];
  const keep = (v: string) => `\uE000${kept.push(v) - 1}\uE001`;
  const payload = Object.fromEntries(Object.entries(i.payload).map(([k, v]) => [k, typeof v === 'string' && Number.isNaN(Number(v)) ? keep(v) : v]));
  const r = renderText({ ...i, payload }, it ? keep(it) : '');
  const back = (s: string) => proposalWording(s).replace(/\uE000(\d+)\uE001/g, (_, n: string) => kept[Number(n)]);
  return { title: back(r.title), body: back(r.body) };
}

function renderText(i: TemplateInput, it: string): Rendered {
  const t = (TEMPLATES as Record<string, Template | undefined>)[i.type];
  if (t) return t(i, it);
  const note = typeof i.payload.message === 'string' ? i.payload.message : '';
  return {
    title: typeof i.payload.title === 'string' ? i.payload.title : '事项提醒',
    body: [it ? `${it}有新的办理动态。` : '您有一条新的提醒。', note].filter(Boolean).join(''),
  };
}

/** Types a user may switch off for e-mail and SMS (preferences page). */
export const MESSAGE_TYPE_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(TEMPLATES).map(([type, t]) => [type, t({ type, number: null, title: null, payload: {} }, '').title]),
);
