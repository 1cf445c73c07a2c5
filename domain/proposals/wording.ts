/**
 * CPPCC proposals beside deputies' suggestions (§8): one lifecycle, two vocabularies. Every page, letter
 * and form says 建议 and 代表 for a congress's suggestion and 提案 and 委员 for a CPPCC committee's
 * proposal; the rules and the code stay the same (domain/items/roles.ts partOf). Pure words, shared by the
 * server's documents and the workbench.
 */
import type { ItemKind } from '../items/kinds';
import type { Body } from '../levels/levels';

export interface KindWords {
  /** 建议 / 提案 / 工单 */
  item: string;
  /** 代表 / 委员 */
  submitter: string;
  /** 代表委员 wording of a form that lists submitters: 领衔代表 / 第一提案人 */
  lead: string;
  /** 附议代表 / 联名委员 */
  cosigner: string;
  /** the reviewing office: 联工委 / 提案委员会 */
  office: string;
  /** 代表团 / 界别 */
  group: string;
}

export const KIND_WORDS: Record<ItemKind, KindWords> = {
  suggestion: { item: '建议', submitter: '代表', lead: '领衔代表', cosigner: '附议代表', office: '联工委', group: '代表团' },
  proposal: { item: '提案', submitter: '委员', lead: '第一提案人', cosigner: '联名委员', office: '提案委员会', group: '界别' },
  workOrder: { item: '工单', submitter: '代表', lead: '来电代表', cosigner: '—', office: '热线办', group: '代表团' },
};

/** The kind of item a body's submitters file: a congress's deputies suggestions, a CPPCC committee's members proposals. */
export function kindOfBody(body: Body): ItemKind {
  return body === 'cppcc' ? 'proposal' : 'suggestion';
}

export function wordsOf(kind: string | null | undefined): KindWords {
  return KIND_WORDS[(kind ?? 'suggestion') as ItemKind] ?? KIND_WORDS.suggestion;
}

/**
 * The transitions whose name differs for a proposal (R-CPPCC-1): the proposal committee 立案 / 转为意见,
 * members 联名 and are answered as 委员. Others keep the table's label (domain/items/transitions.ts).
 */
const PROPOSAL_ACTION_LABELS: Record<string, string> = {
  confirmCosignature: '确认联名',
  declineCosignature: '拒绝联名',
  withdrawSuggestion: '撤回提案',
  acceptSuggestion: '立案',
  convertToReference: '转为意见',
  rejectSuggestion: '不予立案',
  sendReply: '答复委员',
  submitSuggestion: '提出提案',
};

/** An action's label as the item's kind names it. */
export function actionLabelFor(kind: string | null | undefined, action: string, label: string): string {
  return kind === 'proposal' ? (PROPOSAL_ACTION_LABELS[action] ?? label) : label;
}

/** How a proposal was submitted (R-CPPCC-1): by one member, jointly, or by an organization in its own name. */
export const SUBMISSION_TYPES = ['individual', 'joint', 'collective'] as const;
export type SubmissionType = (typeof SUBMISSION_TYPES)[number];

export const SUBMISSION_TYPE_LABELS: Record<SubmissionType, string> = {
  individual: '个人提案',
  joint: '联名提案',
  collective: '集体提案',
};

/** The parties a CPPCC member may belong to (党派), in the order the CPPCC lists them; null: none recorded. */
export const PARTIES = ['中国共产党', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '无党派人士'] as const;

/** A suggestion's fixed wording and a proposal's, longest first (a notice's or a form's own text, never a user's). */
const PROPOSAL_WORDING: [string, string][] = [
  ['领衔代表', '第一提案人'],
  ['附议代表', '联名委员'],
  ['代表团', '界别'],
  ['参阅件', '意见件'],
  ['联工委', '提案委员会'],
  ['附议', '联名'],
  ['建议', '提案'],
  ['代表', '委员'],
];

/** A suggestion's fixed text said of a proposal (R-CPPCC-1): 建议 → 提案, 代表 → 委员, 附议 → 联名 … */
export function proposalWording(text: string): string {
  return PROPOSAL_WORDING.reduce((s, [from, to]) => s.split(from).join(to), text);
}
