/**
 * CPPCC proposals (政协提案, §8) in the demo: titles 关于……的提案 and bodies from the same topic banks as
 * the suggestions, the proposal committee's own reasons, and the wording that turns the demo's shared
 * phrases (replies, contacts, opinions) from a deputy's suggestion to a member's proposal.
 */
import type { Rng } from './rng';
import { makeSubmission, type SuggestionText } from './suggestions';

/**
 * A proposal of a category (top-level or child name) by a member living in `city`: a title 关于……的提案
 * and a body whose last part gives the member's 对策建议.
 */
export function makeProposal(rng: Rng, categoryName: string, city: string): SuggestionText {
  let text = makeSubmission(rng, categoryName, city, '提案');
  // A few topics of the banks are the congress's own (代表联络站, 人大工作): a member writes of others.
  for (let i = 0; i < 5 && /人大|代表/u.test(text.title); i++) text = makeSubmission(rng, categoryName, city, '提案');
  return { title: text.title, body: proposalWording(text.body.replace('三、建议\n', '三、对策建议\n')) };
}

/**
 * Item- and submitter-words of a phrase written for suggestions, as a proposal says them: the item is a
 * 提案, its submitter a 委员 (第一提案人, 联名委员), the session the CPPCC's. 意见建议 and a member's
 * 建议 inside the proposal stay as they are.
 */
const SWAPS: [string, string][] = [
  ['在省十四届人大三次会议上', '在省政协十三届三次会议上'],
  ['人大代表', '政协委员'],
  ['代表联络站', '委员工作室'],
  ['代表建议办理', '提案办理'],
  ['领衔代表', '第一提案人'],
  ['联名代表', '联名委员'],
  ['其余代表', '其余联名委员'],
  ['确认附议', '确认联名'],
  ['该建议', '该提案'],
  ['您的建议', '您的提案'],
  ['收到建议后', '收到提案后'],
  ['在建议中', '在提案中'],
  ['建议办理', '提案办理'],
  ['对照建议', '对照提案'],
  ['建议正文', '提案正文'],
  ['建议标题', '提案标题'],
  ['建议所提', '提案所提'],
  ['建议所涉', '提案所涉'],
  ['建议内容', '提案内容'],
  ['一件建议', '一件提案'],
  ['同类建议', '同类提案'],
  ['建议的具体情况', '提案的具体情况'],
  ['建议提出的背景', '提案提出的背景'],
  ['建议涉及', '提案涉及'],
  ['建议落实', '提案落实'],
  ['提出的建议重复', '提出的提案重复'],
  ['代表', '委员'],
];

/** A phrase of the suggestion demo as a proposal's history says it. */
export function proposalWording(text: string): string {
  let out = text;
  for (const [from, to] of SWAPS) out = out.split(from).join(to);
  return out;
}

/** 不予立案 (R-CPPCC-1): the reasons a proposal committee gives, after the CPPCC's rules on proposals. */
const NOT_ACCEPTED: string[] = [
  '所提事项属于个人或者少数人的利益诉求，不符合提案立案条件，建议通过信访渠道反映。',
  '所提事项涉及正在审理的案件，按照提案工作条例不予立案。',
  '所提内容属于学术探讨，不宜作为提案交办，建议通过社情民意信息渠道反映。',
  '所提事项已有明确政策规定且正在落实，不予立案，已告知委员有关政策。',
  '所提内容缺乏调查研究，问题和建议不够具体，不符合立案标准。',
  '所提事项属于宣传推介个人或者单位的内容，不予立案。',
];

/** 退回修改 in a CPPCC committee: one matter per proposal, facts and suggestions to be supplied. */
const RETURNS: string[] = [
  '提案内容较为笼统，请补充具体情况和可操作的对策建议后重新提交。',
  '一件提案涉及多个事项，请按“一事一案”的要求分开提出。',
  '提案标题与正文内容不一致，请修改标题。',
  '联名委员尚未全部确认联名，请确认后重新提交。',
  '提案所提问题缺少事实和数据支撑，请补充调研情况。',
];

export function makeProposalNotAcceptedReason(rng: Rng): string {
  return rng.pick(NOT_ACCEPTED);
}

export function makeProposalReturnReason(rng: Rng): string {
  return rng.pick(RETURNS);
}
