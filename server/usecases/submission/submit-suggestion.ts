import { and, eq, inArray, sql } from 'drizzle-orm';
import { domainError, forbidden, notFound } from '../../../domain/errors';
import { CLASSIFIED_PLACEHOLDER, type Period } from '../../../domain/items/kinds';
import { categories, deputies, items, itemSigners, sessions, suggestionDrafts } from '../../db/schema';
import type { Db } from '../../db/client';
import { firstReviewState, notifyDelegation } from '../lib/delegation-review';
import { appendEvent, notify } from '../lib/history';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';

export interface SubmitSuggestionInput {
  sessionId: number;
  title: string;
  body: string;
  categoryId?: number | null;
  period: Period;
  cosignerDeputyIds: number[];
  classified?: boolean;
  /** Staff entering a paper submission name the lead deputy. */
  leadDeputyId?: number;
  /** The deputy's draft it was written in: removed with the submission. */
  draftId?: number;
}

/**
 * R-SUBMIT-1/2: a deputy submits alone or jointly. A joint suggestion waits
 * for its cosigners' confirmations; the item number is taken from the
 * session's counter under its row lock, so numbers never collide.
 */
export async function submitSuggestion(ctx: Ctx, input: SubmitSuggestionInput) {
  const { actor } = ctx;
  let leadId: number;
  if (actor.role === 'deputy') leadId = actor.deputyId!;
  else if (actor.role === 'liaisonOffice' && input.leadDeputyId) leadId = input.leadDeputyId;
  else throw forbidden('submitterOnly');
  const cosigners = [...new Set(input.cosignerDeputyIds)].filter((d) => d !== leadId);
  if (cosigners.length !== input.cosignerDeputyIds.filter((d) => d !== leadId).length) {
    throw domainError('DUPLICATE_COSIGNER');
  }
  if (input.cosignerDeputyIds.includes(leadId)) throw domainError('LEAD_AS_COSIGNER');

  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [session] = await tx
      .update(sessions)
      .set({ nextNumber: sql`${sessions.nextNumber} + 1` })
      .where(and(eq(sessions.id, input.sessionId), eq(sessions.congressId, actor.congressId ?? -1)))
      .returning();
    if (!session) throw notFound('会议届次');
    const people = await tx
      .select({ id: deputies.id, delegationId: deputies.delegationId, active: deputies.active })
      .from(deputies)
      .where(and(inArray(deputies.id, [leadId, ...cosigners]), eq(deputies.congressId, session.congressId)));
    if (people.length !== cosigners.length + 1 || people.some((p) => !p.active)) {
      throw domainError('UNKNOWN_DEPUTY');
    }
    if (input.categoryId) {
      const [c] = await tx
        .select({ id: categories.id })
        .from(categories)
        .where(and(eq(categories.id, input.categoryId), eq(categories.congressId, session.congressId)));
      if (!c) throw domainError('UNKNOWN_CATEGORY');
    }
    const number = `${session.year}-${String(session.nextNumber - 1).padStart(4, '0')}`;
    const lead = people.find((p) => p.id === leadId)!;
    // Two-stage review: the delegation's contact person first when the profile says so.
    const state = cosigners.length
      ? 'awaitingCosigners'
      : await firstReviewState(tx, { congressId: session.congressId, sessionId: session.id, delegationId: lead.delegationId });
    const [item] = await tx
      .insert(items)
      .values({
        congressId: session.congressId,
        sessionId: session.id,
        kind: 'suggestion',
        number,
        // R-REPLY-8: a classified item keeps only its metadata.
        title: input.title,
        body: input.classified ? CLASSIFIED_PLACEHOLDER : input.body,
        classified: input.classified ?? false,
        categoryId: input.categoryId ?? null,
        period: input.period,
        state,
        leadDeputyId: leadId,
        delegationId: lead.delegationId,
        submittedAt: nowOf(ctx),
      })
      .returning();
    await tx
      .insert(itemSigners)
      .values([
        { itemId: item.id, deputyId: leadId, isLead: true, status: 'confirmed', respondedAt: nowOf(ctx) },
        ...cosigners.map((d) => ({ itemId: item.id, deputyId: d, isLead: false, status: 'pending' })),
      ]);
    await appendEvent(tx, ctx, { itemId: item.id, type: 'submitSuggestion', toState: state, payload: { number, cosigners } });
    for (const d of cosigners) await notify(tx, { type: 'cosignRequested', itemId: item.id, recipientDeputyId: d, payload: { number, title: item.title } });
    await notifyDelegation(tx, state, item);
    // Submitted from a draft: the draft is gone with it, in the same transaction (a draft of someone else stays).
    if (input.draftId && actor.role === 'deputy')
      await tx.delete(suggestionDrafts).where(and(eq(suggestionDrafts.id, input.draftId), eq(suggestionDrafts.deputyId, leadId)));
    return item;
  });
}
