import type { ItemKind } from './kinds';

/**
 * R-REPLY-5 (R-CPPCC-2): whom a reply answers, and so who evaluates it: every
 * signer of a joint suggestion — with R-REVIEW-2, those of the items merged
 * into it too — but of a CPPCC proposal only its lead member (of the item
 * itself). `signers` are the ones the caller counts (confirmed, not declined).
 */
export function replyRecipients<S extends { itemId: number; isLead: boolean }>(item: { id: number; kind: string }, signers: readonly S[]): S[] {
  const proposal: ItemKind = 'proposal';
  return item.kind === proposal ? signers.filter((s) => s.isLead && s.itemId === item.id) : [...signers];
}
