import { and, eq, inArray, or } from 'drizzle-orm';
import { domainError, notFound } from '../../../domain/errors';
import { itemScope } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { itemLinks, items } from '../../db/schema';
import { wordsOf } from '../../../domain/proposals/wording';
import { appendEvent } from '../lib/history';
import type { Ctx } from '../lib/run';

/** Both items, locked in id order (opposite links cannot deadlock), if the actor sees both. */
async function lockPair(tx: Db, ctx: Ctx, itemId: number, relatedId: number) {
  if (itemId === relatedId) throw domainError('LINK_SELF');
  const rows = await tx
    .select({ id: items.id, number: items.number, kind: items.kind })
    .from(items)
    .where(and(inArray(items.id, [itemId, relatedId]), itemScope(ctx.actor)))
    .orderBy(items.id)
    .for('update');
  const a = rows.find((r) => r.id === itemId);
  const b = rows.find((r) => r.id === relatedId);
  if (!a || !b) throw notFound('建议或提案');
  return [a, b] as const;
}

/**
 * R-CPPCC-3: a proposal and a suggestion on the same matter are never merged but may be linked as related,
 * so that those who handle both read them side by side (also two items of one kind). Whoever links sees both
 * (the government office, a unit handling both, an office within its own body); one row per pair, an event in
 * both histories, in one transaction.
 */
export async function linkRelatedItems(ctx: Ctx, itemId: number, relatedId: number) {
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [a, b] = await lockPair(tx, ctx, itemId, relatedId);
    const [low, high] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    const added = await tx.insert(itemLinks).values({ itemId: low, relatedId: high, createdBy: ctx.actor.userId }).onConflictDoNothing().returning();
    if (!added.length) throw domainError('ALREADY_LINKED');
    await appendEvent(tx, ctx, { itemId: a.id, type: 'linkRelated', payload: { number: b.number, kind: wordsOf(b.kind).item } });
    await appendEvent(tx, ctx, { itemId: b.id, type: 'linkRelated', payload: { number: a.number, kind: wordsOf(a.kind).item } });
    return { linked: true };
  });
}

/** Takes a link back (either side may), with an event in both histories. */
export async function unlinkRelatedItems(ctx: Ctx, itemId: number, relatedId: number) {
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [a, b] = await lockPair(tx, ctx, itemId, relatedId);
    const gone = await tx
      .delete(itemLinks)
      .where(or(and(eq(itemLinks.itemId, a.id), eq(itemLinks.relatedId, b.id)), and(eq(itemLinks.itemId, b.id), eq(itemLinks.relatedId, a.id))))
      .returning();
    if (!gone.length) throw notFound('关联');
    await appendEvent(tx, ctx, { itemId: a.id, type: 'unlinkRelated', payload: { number: b.number, kind: wordsOf(b.kind).item } });
    await appendEvent(tx, ctx, { itemId: b.id, type: 'unlinkRelated', payload: { number: a.number, kind: wordsOf(a.kind).item } });
    return { linked: false };
  });
}
