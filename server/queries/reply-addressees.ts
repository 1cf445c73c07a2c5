import { sql, type SQL } from 'drizzle-orm';
import { addresseeOf, replyRecipients } from '../../domain/items/reply-recipients';
import { queryRows, type Db } from '../db/client';

type Item = { id: number; kind: string; sessionId: number };

/** What the addressees are made of, as one JSON value (addresseesSql): read alone, or inside a larger statement. */
export interface AddresseeRows {
  merged: { id: number; number: string }[];
  /** a suggestion's signers (not declined), of the item and the items merged into it */
  signers?: { itemId: number; name: string; isLead: boolean }[];
  /** a proposal's and its merged proposals' lead member and submitting organization */
  proposals?: { id: number; organization: string | null; lead: string | null }[];
}

/**
 * The rows behind the addressees as one JSON value, so the item page reads them in its own statement (issue 18).
 * Merged items are of the same session (MERGE_SESSION_MISMATCH) and in state merged: the (session, state) index finds them.
 */
export function addresseesSql(item: Item): SQL {
  // The item and those merged into it, as one list: an OR of the two would read every signer (EXPLAIN: 48 ms against 0.2).
  const ids = sql`select ${item.id}::int union all select m.id from items m where m.session_id = ${item.sessionId} and m.state = 'merged' and m.merged_into_id = ${item.id}`;
  const people =
    item.kind === 'proposal'
      ? sql`'proposals', (select coalesce(json_agg(json_build_object('id', i.id, 'organization', o.name, 'lead', d.name)), '[]'::json)
          from items i left join organizations o on o.id = i.submitter_org_id left join deputies d on d.id = i.lead_deputy_id
          where i.id in (${ids}))`
      : sql`'signers', (select coalesce(json_agg(json_build_object('itemId', s.item_id, 'name', d.name, 'isLead', s.is_lead) order by s.item_id, d.id), '[]'::json)
          from item_signers s join deputies d on d.id = s.deputy_id
          where s.status <> 'declined' and s.item_id in (${ids}))`;
  return sql`json_build_object(
    'merged', (select coalesce(json_agg(json_build_object('id', m.id, 'number', m.number) order by m.number), '[]'::json)
      from items m where m.session_id = ${item.sessionId} and m.state = 'merged' and m.merged_into_id = ${item.id}),
    ${people})`;
}

/**
 * Whom a reply letter addresses, each with their form of address (张建国代表):
 * every signer (not declined) of a joint suggestion and of the items merged
 * into it, the lead first (R-REPLY-5, R-REVIEW-2); of a proposal its lead
 * member only, of a collective proposal the organization that submitted it (R-CPPCC-2), and so for
 * each proposal merged into it (seed 004: 提出提案的领衔委员（政协参加单位）). The letter prints
 * them; the item page shows the same line.
 */
export function addresseesFrom(item: Item, rows: AddresseeRows): { addressees: string[]; mergedNumbers: string[] } {
  const mergedNumbers = rows.merged.map((m) => m.number);
  const ids = [item.id, ...rows.merged.map((m) => m.id)];
  if (item.kind === 'proposal') {
    // R-CPPCC-2: each proposal's lead member (张建国委员), or the organization of a collective one, in the order of ids.
    const byId = new Map((rows.proposals ?? []).map((r) => [r.id, r.organization ?? (r.lead === null ? null : addresseeOf(r.lead, 'proposal'))]));
    return { addressees: [...new Set(ids.map((id) => byId.get(id)).filter((n): n is string => !!n))], mergedNumbers };
  }
  // The item's own signers first, the lead first among them (a stable sort of the rows in item and deputy order).
  const signers = [...(rows.signers ?? [])].sort((a, b) => Number(a.itemId !== item.id) - Number(b.itemId !== item.id) || Number(b.isLead) - Number(a.isLead));
  const names = [...new Set(replyRecipients(item, signers).map((s) => s.name))];
  return { addressees: names.map((n) => addresseeOf(n, item.kind)), mergedNumbers };
}

/** The addressees of an item's reply letter, in one statement. */
export async function replyAddressees(db: Db, item: Item): Promise<{ addressees: string[]; mergedNumbers: string[] }> {
  const [row] = await queryRows<{ a: AddresseeRows | string }>(db, sql`select ${addresseesSql(item)} as a`);
  return addresseesFrom(item, typeof row.a === 'string' ? (JSON.parse(row.a) as AddresseeRows) : row.a);
}
