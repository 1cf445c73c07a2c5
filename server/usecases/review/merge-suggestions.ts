import { and, eq, inArray } from 'drizzle-orm';
import { domainError, notFound } from '../../../domain/errors';
import { MERGE_PRIMARY_STATES } from '../../../domain/items/states';
import { checkTransition } from '../../../domain/items/transitions';
import type { Db } from '../../db/client';
import { items, itemSigners } from '../../db/schema';
import { itemScope } from '../../auth/item-scope';
import { appendEvent, casItem, touchItem } from '../lib/history';
import { expectVersion, type Ctx, nowOf } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';

/**
 * R-REVIEW-2: near-duplicate suggestions are merged into a primary item: one
 * handling and one reply that lists every merged number and every deputy (the
 * merged items' deputies become signers of the primary, so they get the reply
 * and evaluate it). A suggestion is never merged with a CPPCC proposal.
 */
export async function mergeSuggestions(ctx: Ctx, o: { primaryId: number; primaryVersion: number; merged: { itemId: number; version: number }[] }) {
  if (o.merged.some((m) => m.itemId === o.primaryId)) throw domainError('MERGE_SELF');
  const ids = o.merged.map((m) => m.itemId);
  if (new Set(ids).size !== ids.length) throw domainError('MERGE_DUPLICATE');
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    // R-CPPCC-3: a suggestion and a proposal are never merged, whoever asks — refused for what it is (each office
    // sees only its own kind, so the scope alone would answer "not found"); they may be linked as related instead.
    const kinds = await tx
      .selectDistinct({ kind: items.kind })
      .from(items)
      .where(inArray(items.id, [o.primaryId, ...ids]));
    if (kinds.length > 1) throw domainError('MERGE_KIND_MISMATCH');
    // Lock the primary and the merged items together, in id order, so opposite merges cannot deadlock.
    const locked = await tx
      .select()
      .from(items)
      .where(and(inArray(items.id, [o.primaryId, ...ids]), itemScope(ctx.actor)))
      .orderBy(items.id)
      .for('update');
    const primary = locked.find((r) => r.id === o.primaryId);
    if (!primary) throw notFound('建议');
    expectVersion(primary.version, o.primaryVersion);
    // R-REVIEW-2: merge into an accepted item, so a merged item never hangs on a primary that is later rejected.
    if (!MERGE_PRIMARY_STATES.includes(primary.state)) {
      throw domainError('MERGE_PRIMARY_STATE');
    }
    const rows = locked.filter((r) => r.id !== o.primaryId);
    if (rows.length !== ids.length) throw notFound('被并案的建议');
    for (const row of rows) {
      if (row.kind !== primary.kind) throw domainError('MERGE_KIND_MISMATCH');
      if (row.sessionId !== primary.sessionId) throw domainError('MERGE_SESSION_MISMATCH');
      checkOfficeSide(ctx.actor, row, 'mergeSuggestions');
      checkTransition('mergeSuggestion', row.state, ctx.actor.role, 'merged');
      const version = o.merged.find((m) => m.itemId === row.id)!.version;
      await casItem(tx, row, version, { state: 'merged', mergedIntoId: primary.id });
      await appendEvent(tx, ctx, { itemId: row.id, type: 'mergeSuggestion', fromState: row.state, toState: 'merged', payload: { into: primary.number } });
      const signers = await tx.select().from(itemSigners).where(eq(itemSigners.itemId, row.id));
      for (const s of signers.filter((x) => x.status === 'confirmed')) {
        await tx
          .insert(itemSigners)
          .values({ itemId: primary.id, deputyId: s.deputyId, isLead: false, status: 'confirmed', respondedAt: nowOf(ctx) })
          .onConflictDoNothing();
      }
    }
    await touchItem(tx, primary.id);
    await appendEvent(tx, ctx, { itemId: primary.id, type: 'mergeInto', payload: { merged: rows.map((r) => r.number) } });
    const [after] = await tx.select().from(items).where(eq(items.id, primary.id));
    return after;
  });
}
