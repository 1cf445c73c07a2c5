/**
 * The workbench's two vocabularies (§8): a congress's deputies make 建议, a CPPCC committee's members make
 * 提案. One lifecycle, one set of pages; every sentence that names the item, its submitters, the reviewing
 * office or the co-signing takes its words from here — by the signed-in user's body (useWords) or, on an
 * item's page and forms, by the item's own kind (wordsOf kind). The domain's KIND_WORDS are the base.
 */
import type { ItemKind } from '../../../domain/items/kinds';
import { isUnitRole, type Role } from '../../../domain/items/roles';
import type { ItemState } from '../../../domain/items/states';
import { actionLabelFor, KIND_WORDS, kindOfBody, proposalWording, type KindWords } from '../../../domain/proposals/wording';
import { useUser } from '../auth/AuthContext';
import { ACTION_LABELS, CLOSE_REASON_LABELS, EVENT_LABELS, ITEM_STATE_LABELS } from './labels';

export interface Words extends KindWords {
  kind: ItemKind;
  proposal: boolean;
  /** a signer's tag: 领衔 / 第一提案人 */
  leadTag: string;
  /** the co-signing: 附议 / 联名 */
  cosign: string;
  /** the section of an item's submitters: 提出代表 / 提案人 */
  signers: string;
  /** what an item passed to units for reference is: 参阅件 / 意见件 */
  reference: string;
  /** the review decision that makes one: 转参阅件 / 转为意见 */
  toReference: string;
  /** the staff's name for it in the header */
  system: string;
  /** a fixed sentence of the workbench written for suggestions, said of this kind (never a user's text) */
  say: (text: string) => string;
  /** an item state's label */
  state: (s: ItemState) => string;
  /** an action button's label (operationId) */
  action: (op: string) => string;
  /** a history entry's label (event type) */
  event: (type: string) => string;
  /** why an item was closed */
  closeReason: (reason: string) => string;
}

/** Where a proposal's label is not the suggestion's said in proposal words (proposalWording) nor the domain's actionLabelFor. */
const PROPOSAL_STATES: Partial<Record<ItemState, string>> = { referenceItem: '转为意见' };
const PROPOSAL_EVENTS: Record<string, string> = { referenceAssigned: '转为意见交有关单位' };

function wordsFor(kind: ItemKind): Words {
  const base = KIND_WORDS[kind];
  const proposal = kind === 'proposal';
  const say = (text: string) => (proposal ? proposalWording(text) : text);
  // The domain's own names of a proposal's transitions first (立案, 答复委员 …), then the suggestion's label in proposal words.
  const named = (op: string, label: string) => (proposal ? actionLabelFor(kind, op, '') || say(label) : label);
  return {
    ...base,
    kind,
    proposal,
    leadTag: proposal ? '第一提案人' : '领衔',
    cosign: proposal ? '联名' : '附议',
    signers: proposal ? '提案人' : '提出代表',
    reference: say('参阅件'),
    toReference: proposal ? '转为意见' : '转参阅件',
    system: proposal ? '提案办理平台' : '建议办理平台',
    say,
    state: (s) => (proposal && PROPOSAL_STATES[s]) || say(ITEM_STATE_LABELS[s] ?? s),
    action: (op) => named(op, ACTION_LABELS[op] ?? op),
    event: (type) => (proposal && PROPOSAL_EVENTS[type]) || named(type, EVENT_LABELS[type] ?? type),
    closeReason: (r) => say(CLOSE_REASON_LABELS[r] ?? r),
  };
}

const BY_KIND = Object.fromEntries((Object.keys(KIND_WORDS) as ItemKind[]).map((k) => [k, wordsFor(k)])) as Record<ItemKind, Words>;

/** The words of an item of this kind (an item page, a row, a form). */
export function wordsOf(kind: ItemKind | null | undefined): Words {
  return BY_KIND[kind ?? 'suggestion'] ?? BY_KIND.suggestion;
}

/** The words of a body's own items: a CPPCC committee speaks of 提案 and 委员, a congress of 建议 and 代表. */
export function wordsOfBody(body: 'congress' | 'cppcc'): Words {
  return wordsOf(kindOfBody(body));
}

/** The signed-in user's words (by the body they work in now). */
export function useWords(): Words {
  return wordsOfBody(useUser().body);
}

/** What the signed-in user's lists hold: 建议, 提案, or 建议提案 for those who handle both (a column's title, an empty list). */
export function useNoun(): string {
  const user = useUser();
  return seesBothKinds(user.role) ? BOTH : wordsOfBody(user.body).item;
}
/** Suggestions and proposals together, as the offices that handle both say it (建议提案办理). */
export const BOTH = '建议提案';

/**
 * Whether the part handles both streams (§8, seed 004): the government office and the congress's units take
 * the CPPCC committee's proposals as they take the deputies' suggestions; their pages tell the two apart.
 */
export function seesBothKinds(role: Role): boolean {
  return role === 'governmentOffice' || isUnitRole(role);
}
