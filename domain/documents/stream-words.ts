/**
 * The words of a form, a ledger or an import sheet for the items it holds (§6, §8): a congress's
 * suggestions speak of 建议 and 代表, a CPPCC committee's proposals of 提案 and 委员, and a sheet that
 * holds both streams — the government office's and the handling units', who take both (seed 004) —
 * of 代表建议政协提案 and 代表委员, with a 类别 column saying which each row is. Pure words, shared by
 * the server's documents and the workbench.
 */
import type { ItemKind } from '../items/kinds';
import { wordsOf } from '../proposals/wording';

/** The two streams a document can hold (a hotline order is never in these forms). */
export type StreamKind = Extract<ItemKind, 'suggestion' | 'proposal'>;

export interface StreamWords {
  /** 建议 / 提案 / 建议提案 */
  item: string;
  /** in a form's title: 代表建议 / 政协提案 / 代表建议政协提案 */
  itemFull: string;
  /** 代表 / 委员 / 代表委员 */
  submitter: string;
  /** 领衔代表 / 第一提案人 / 领衔代表（第一提案人） */
  lead: string;
  /** 附议代表 / 联名委员 / 附议代表（联名委员） */
  cosigner: string;
  /** who submitted it, all of them: 提出代表 / 提案人 / 提出人 */
  signers: string;
  /** 代表团 / 界别 / 代表团（界别） */
  group: string;
  /** the number's header: 建议编号 / 提案编号 / 编号 */
  number: string;
  /** the title's header: 建议标题 / 提案标题 / 标题 */
  title: string;
  /** both streams: a 类别 column (建议/提案) says which each row is */
  both: boolean;
}

const ONE: Record<StreamKind, StreamWords> = {
  suggestion: {
    item: '建议',
    itemFull: '代表建议',
    submitter: '代表',
    lead: '领衔代表',
    cosigner: '附议代表',
    signers: '提出代表',
    group: '代表团',
    number: '建议编号',
    title: '建议标题',
    both: false,
  },
  proposal: {
    item: '提案',
    itemFull: '政协提案',
    submitter: '委员',
    lead: '第一提案人',
    cosigner: '联名委员',
    signers: '提案人',
    group: '界别',
    number: '提案编号',
    title: '提案标题',
    both: false,
  },
};

const BOTH: StreamWords = {
  item: '建议提案',
  itemFull: '代表建议政协提案',
  submitter: '代表委员',
  lead: '领衔代表（第一提案人）',
  cosigner: '附议代表（联名委员）',
  signers: '提出人',
  group: '代表团（界别）',
  number: '编号',
  title: '标题',
  both: true,
};

/** The words of a document holding items of these kinds (none or a hotline's only: a suggestion's words). */
export function streamWords(kinds: readonly string[]): StreamWords {
  const has = (k: StreamKind) => kinds.includes(k);
  if (has('suggestion') && has('proposal')) return BOTH;
  return has('proposal') ? ONE.proposal : ONE.suggestion;
}

/** The 类别 column's header and a row's value in it: 建议 or 提案. */
export const KIND_COLUMN = '类别';
export const kindCell = (kind: string): string => wordsOf(kind).item;

/** The standard forms of §6 (seed 004 annexes 1, 2, 3, 6, 7). */
export const STANDARD_FORM_KEYS = ['responsibility', 'keyItems', 'visitCard', 'referenceContacts', 'lookBack'] as const;
export type StandardFormKey = (typeof STANDARD_FORM_KEYS)[number];

/**
 * A standard form's name on its button and file, in the words of what it holds: only the key-item
 * registration names the items (重点处理建议登记表, 重点处理提案登记表, 重点处理建议提案登记表); the
 * others are named alike for both streams, as seed 004 names them (走访代表委员专用卡 …). The sheet's
 * own title says whose items it lists.
 */
export function standardFormLabel(form: StandardFormKey, w: StreamWords): string {
  switch (form) {
    case 'responsibility':
      return '办理责任分解表';
    case 'keyItems':
      return `重点处理${w.item}登记表`;
    case 'visitCard':
      return '走访代表委员专用卡';
    case 'referenceContacts':
      return '参阅件沟通联系登记表';
    case 'lookBack':
      return '回头看复查表';
    default: {
      const never: never = form;
      return never;
    }
  }
}
