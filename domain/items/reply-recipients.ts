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

/** How a reply letter addresses one recipient: 张建国代表, or 张建国委员 for a CPPCC proposal. */
export function addresseeOf(name: string, kind: string): string {
  const proposal: ItemKind = 'proposal';
  return `${name}${kind === proposal ? '委员' : '代表'}`;
}

/** The salutation a reply letter prints above its body: 张建国代表、李秀英代表： (the letter prints it; the body does not repeat it). */
export function salutationLine(addressees: readonly string[]): string {
  return `${addressees.join('、')}：`;
}

const bare = (line: string) => line.replace(/\s+/g, '').replace(/[:：]+$/, '');

/** Whether the body's first line is the salutation again (typed by hand): then the letter prints it once. */
export function repeatsSalutation(body: string, salutation: string): boolean {
  const first = body.split(/\r?\n/).find((l) => l.trim() !== '');
  return first !== undefined && bare(salutation) !== '' && bare(first) === bare(salutation);
}

/** The body as the letter prints it under its salutation: a first line repeating the salutation left out. */
export function bodyUnderSalutation(body: string, salutation: string): string {
  if (!repeatsSalutation(body, salutation)) return body;
  const lines = body.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  return lines.slice(first + 1).join('\n');
}

/**
 * The offices a sent reply is copied to, as the item page lists them (R-REPLY-2, R-CPPCC-2): a suggestion's to
 * the liaison office and the government office, a proposal's to the proposal committee and the government
 * office — never the congress's liaison office. The letter names them in full (server/queries/letters.ts).
 */
export function replyCopies(kind: string): string[] {
  const proposal: ItemKind = 'proposal';
  return kind === proposal ? ['政协提案委员会', '政府办公厅'] : ['人大常委会联工委', '政府办公厅'];
}
