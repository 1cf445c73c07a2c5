import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { ITEM_STATE_LABELS, type ItemState } from '../../../domain/items/states';
import { wordsOf } from '../../../domain/proposals/wording';
import type { Actor } from '../../auth/actor';
import { itemScope, readItem } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { congresses, itemLinks, items, replies, users } from '../../db/schema';

/**
 * The items linked to one the actor reads (R-CPPCC-3), for reading side by side: every link's number, kind,
 * title and body's name; the state, text and latest sent reply only of those the actor's scope holds too
 * (the congress's liaison office sees that a proposal is linked, not the proposal). Classified text stays offline.
 */
export async function relatedItemsOf(db: Db, actor: Actor, itemId: number) {
  await readItem(db, actor, itemId);
  const links = await db
    .select({
      otherId: sql<number>`case when ${itemLinks.itemId} = ${itemId} then ${itemLinks.relatedId} else ${itemLinks.itemId} end`,
      at: itemLinks.createdAt,
      by: users.displayName,
    })
    .from(itemLinks)
    .innerJoin(users, eq(users.id, itemLinks.createdBy))
    .where(or(eq(itemLinks.itemId, itemId), eq(itemLinks.relatedId, itemId)));
  if (!links.length) return [];
  const ids = links.map((l) => Number(l.otherId));
  const rows = await db
    .select({ i: items, bodyName: congresses.name })
    .from(items)
    .innerJoin(congresses, eq(congresses.id, items.congressId))
    .where(inArray(items.id, ids));
  const readable = new Set(
    (
      await db
        .select({ id: items.id })
        .from(items)
        .where(and(inArray(items.id, ids), itemScope(actor)))
    ).map((r) => r.id),
  );
  const latest = readable.size
    ? await db
        .selectDistinctOn([replies.itemId], { itemId: replies.itemId, body: replies.body })
        .from(replies)
        .where(and(inArray(replies.itemId, [...readable]), eq(replies.state, 'sent')))
        .orderBy(replies.itemId, desc(replies.sentOn), desc(replies.id))
    : [];
  return links
    .map((l) => {
      const r = rows.find((x) => x.i.id === Number(l.otherId));
      if (!r) return null;
      const sees = readable.has(r.i.id);
      const open = sees && !r.i.classified;
      return {
        id: r.i.id,
        kind: r.i.kind as 'suggestion' | 'proposal' | 'workOrder',
        kindLabel: wordsOf(r.i.kind).item,
        number: r.i.number,
        title: r.i.title,
        bodyName: r.bodyName,
        readable: sees,
        stateLabel: sees ? ITEM_STATE_LABELS[r.i.state as ItemState] : null,
        body: open ? r.i.body : null,
        latestReply: open ? (latest.find((x) => x.itemId === r.i.id)?.body ?? null) : null,
        linkedAt: l.at.toISOString(),
        linkedBy: l.by,
      };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
}
