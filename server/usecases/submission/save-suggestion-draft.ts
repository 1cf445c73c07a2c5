import { and, eq, sql } from 'drizzle-orm';
import { domainError, forbidden } from '../../../domain/errors';
import type { Period } from '../../../domain/items/kinds';
import { suggestionDrafts } from '../../db/schema';
import { readSuggestionDraft } from '../../queries/suggestion-drafts';
import { nowOf, type Ctx } from '../lib/run';

export interface SuggestionDraftInput {
  sessionId?: number | null;
  title: string;
  body: string;
  categoryId?: number | null;
  period: Period;
  cosignerDeputyIds: number[];
}

function deputyOf(ctx: Ctx): number {
  if (ctx.actor.role !== 'deputy' || !ctx.actor.deputyId || !ctx.actor.congressId) throw forbidden('draftsDeputiesOnly');
  return ctx.actor.deputyId;
}

const fields = (o: SuggestionDraftInput) => ({
  sessionId: o.sessionId ?? null,
  title: o.title,
  body: o.body,
  categoryId: o.categoryId ?? null,
  period: o.period,
  cosignerDeputyIds: o.cosignerDeputyIds,
});

/** A deputy keeps a suggestion as a draft (草稿) to finish later; checked in full only when submitted. */
export async function createSuggestionDraft(ctx: Ctx, o: SuggestionDraftInput) {
  const deputyId = deputyOf(ctx);
  const [row] = await ctx.db
    .insert(suggestionDrafts)
    .values({ congressId: ctx.actor.congressId!, deputyId, ...fields(o), createdAt: nowOf(ctx), updatedAt: nowOf(ctx) })
    .returning();
  return row;
}

/** Saves the draft again; a version older than the stored one (another tab saved meanwhile) is 409. */
export async function updateSuggestionDraft(ctx: Ctx, o: SuggestionDraftInput & { draftId: number; version: number }) {
  const deputyId = deputyOf(ctx);
  await readSuggestionDraft(ctx.db, ctx.actor, o.draftId);
  const [row] = await ctx.db
    .update(suggestionDrafts)
    .set({ ...fields(o), version: sql`${suggestionDrafts.version} + 1`, updatedAt: nowOf(ctx) })
    .where(and(eq(suggestionDrafts.id, o.draftId), eq(suggestionDrafts.deputyId, deputyId), eq(suggestionDrafts.version, o.version)))
    .returning();
  if (!row) throw domainError('STALE_VERSION');
  return row;
}

/** Deletes one of the deputy's drafts (with the version seen: a draft saved elsewhere meanwhile is not lost). */
export async function deleteSuggestionDraft(ctx: Ctx, o: { draftId: number; version: number }) {
  const deputyId = deputyOf(ctx);
  await readSuggestionDraft(ctx.db, ctx.actor, o.draftId);
  const rows = await ctx.db
    .delete(suggestionDrafts)
    .where(and(eq(suggestionDrafts.id, o.draftId), eq(suggestionDrafts.deputyId, deputyId), eq(suggestionDrafts.version, o.version)))
    .returning({ id: suggestionDrafts.id });
  if (!rows.length) throw domainError('STALE_VERSION');
  return { ok: true as const };
}
