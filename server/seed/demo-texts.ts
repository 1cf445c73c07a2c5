/**
 * What the demo's staff write, by stream (§8): the liaison office's notes on a deputy's suggestion, or
 * the proposal committee's on a member's proposal. The steps share one lifecycle (demo-lifecycle.ts,
 * demo-steps.ts, demo-replies.ts) and take every sentence they write through their world's texts.
 */
import type { ItemKind } from '../../domain/items/kinds';
import { makeNotAcceptedReason, makeProposalNotAcceptedReason, makeProposalReturnReason, makeReturnReason, proposalWording, type Rng } from './corpus';

export interface StreamTexts {
  kind: Extract<ItemKind, 'suggestion' | 'proposal'>;
  /** 代表 / 委员: how a contact record names the submitter. */
  submitter: string;
  /** A phrase of the shared corpus (replies, contacts, opinions, reasons) as this stream says it. */
  say(text: string): string;
  acceptNote: string;
  referenceReason: string;
  notEvaluatedNote: string;
  rehandleNote: string;
  extensionNote: string;
  /** The reply's document number: 湘教建复〔2025〕3号, 湘教提复〔2025〕3号. */
  docTag: string;
  returnReason(r: Rng): string;
  notAcceptedReason(r: Rng): string;
}

export const SUGGESTION_TEXTS: StreamTexts = {
  kind: 'suggestion',
  submitter: '代表',
  say: (text) => text,
  acceptNote: '符合代表建议有关规定，予以立案。',
  referenceReason: '该建议所提问题已有相关工作安排，转承办单位参阅研究，并与代表沟通联系。',
  notEvaluatedNote: '评价期限已过，代表未作评价，按未评价办结。',
  rehandleNote: '代表对答复不满意，请重新研究办理，与代表当面沟通后于30日内再次答复。',
  extensionNote: '同意延期，请在延期期限内答复代表。',
  docTag: '建复',
  returnReason: makeReturnReason,
  notAcceptedReason: makeNotAcceptedReason,
};

export const PROPOSAL_TEXTS: StreamTexts = {
  kind: 'proposal',
  submitter: '委员',
  say: proposalWording,
  acceptNote: '符合提案立案标准，经提案委员会审查，予以立案。',
  referenceReason: '该提案所提问题已有相关工作安排，作为意见转承办单位研究参考，并与委员沟通联系。',
  notEvaluatedNote: '评价期限已过，提案者未作评价，按未评价办结。',
  rehandleNote: '提案者对答复不满意，请重新研究办理，与提案者当面协商后于30日内再次答复。',
  extensionNote: '同意延期，请在延期期限内答复提案者。',
  docTag: '提复',
  returnReason: makeProposalReturnReason,
  notAcceptedReason: makeProposalNotAcceptedReason,
};
