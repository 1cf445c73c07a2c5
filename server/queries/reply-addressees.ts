import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { addresseeOf, replyRecipients } from '../../domain/items/reply-recipients';
import type { Db } from '../db/client';
import { deputies, itemSigners, items, organizations } from '../db/schema';

/**
 * Whom a reply letter addresses, each with their form of address (张建国代表):
 * every signer (not declined) of a joint suggestion and of the items merged
 * into it, the lead first (R-REPLY-5, R-REVIEW-2); of a proposal its lead
 * member only, of a collective proposal the organization that submitted it (R-CPPCC-2), and so for
 * each proposal merged into it (seed 004: 提出提案的领衔委员（政协参加单位）). The letter prints
 * them; the item page shows the same line.
 */
export async function replyAddressees(
  db: Db,
  item: { id: number; kind: string; sessionId: number },
): Promise<{ addressees: string[]; mergedNumbers: string[] }> {
  // Merged items are of the same session (MERGE_SESSION_MISMATCH) and in state merged: the (session, state) index finds them.
  const merged = await db
    .select({ id: items.id, number: items.number })
    .from(items)
    .where(and(eq(items.sessionId, item.sessionId), eq(items.state, 'merged'), eq(items.mergedIntoId, item.id)))
    .orderBy(asc(items.number));
  const mergedNumbers = merged.map((m) => m.number);
  if (item.kind === 'proposal') return { addressees: await proposalAddressees(db, [item.id, ...merged.map((m) => m.id)]), mergedNumbers };
  const signers = await db
    .select({ itemId: itemSigners.itemId, name: deputies.name, isLead: itemSigners.isLead })
    .from(itemSigners)
    .innerJoin(deputies, eq(deputies.id, itemSigners.deputyId))
    .where(and(inArray(itemSigners.itemId, [item.id, ...merged.map((m) => m.id)]), ne(itemSigners.status, 'declined')))
    .orderBy(asc(itemSigners.itemId), asc(deputies.id));
  signers.sort((a, b) => Number(a.itemId !== item.id) - Number(b.itemId !== item.id) || Number(b.isLead) - Number(a.isLead));
  const names = [...new Set(replyRecipients(item, signers).map((s) => s.name))];
  return { addressees: names.map((n) => addresseeOf(n, item.kind)), mergedNumbers };
}

/** R-CPPCC-2: each proposal's lead member (张建国委员), or the organization of a collective one, in the order given. */
async function proposalAddressees(db: Db, ids: number[]): Promise<string[]> {
  const rows = await db
    .select({ id: items.id, organization: organizations.name, lead: deputies.name })
    .from(items)
    .leftJoin(organizations, eq(organizations.id, items.submitterOrgId))
    .leftJoin(deputies, eq(deputies.id, items.leadDeputyId))
    .where(inArray(items.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r.organization ?? (r.lead === null ? null : addresseeOf(r.lead, 'proposal'))]));
  return [...new Set(ids.map((id) => byId.get(id)).filter((n): n is string => !!n))];
}
