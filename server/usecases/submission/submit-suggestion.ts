import { and, eq, inArray, sql } from 'drizzle-orm';
import { domainError, forbidden, notFound } from '../../../domain/errors';
import { CLASSIFIED_PLACEHOLDER, type Period } from '../../../domain/items/kinds';
import { categories, congresses, deputies, items, itemSigners, organizations, sessions, suggestionDrafts } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Actor } from '../../auth/actor';
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
  /** R-CPPCC-1 集体提案: the participating organization or special committee submitting in its own name. */
  submitterOrgId?: number;
}

/**
 * R-SUBMIT-1/2: a deputy submits alone or jointly. A joint suggestion waits
 * for its cosigners' confirmations; the item number is taken from the
 * session's counter under its row lock, so numbers never collide.
 * R-CPPCC-1: in a CPPCC committee the same submission is a proposal — a member's alone, jointly (the first
 * signer leads), or an organization's (集体提案) through its contact member, without co-signers.
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
    const [{ body }] = await tx.select({ body: congresses.body }).from(congresses).where(eq(congresses.id, session.congressId));
    const kind = body === 'cppcc' ? 'proposal' : 'suggestion';
    if (input.submitterOrgId !== undefined)
      await checkCollectiveSubmitter(tx, actor, { ...input, submitterOrgId: input.submitterOrgId }, body, cosigners.length);
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
        kind,
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
        submitterOrgId: input.submitterOrgId ?? null,
        submittedAt: nowOf(ctx),
      })
      .returning();
    await tx
      .insert(itemSigners)
      .values([
        { itemId: item.id, deputyId: leadId, isLead: true, status: 'confirmed', respondedAt: nowOf(ctx) },
        ...cosigners.map((d) => ({ itemId: item.id, deputyId: d, isLead: false, status: 'pending' })),
      ]);
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'submitSuggestion',
      toState: state,
      payload: { number, cosigners, ...(input.submitterOrgId ? { submitterOrgId: input.submitterOrgId } : {}) },
    });
    for (const d of cosigners) await notify(tx, { type: 'cosignRequested', itemId: item.id, recipientDeputyId: d, payload: { number, title: item.title } });
    await notifyDelegation(tx, state, item);
    // Submitted from a draft: the draft is gone with it, in the same transaction (a draft of someone else stays).
    if (input.draftId && actor.role === 'deputy')
      await tx.delete(suggestionDrafts).where(and(eq(suggestionDrafts.id, input.draftId), eq(suggestionDrafts.deputyId, leadId)));
    return item;
  });
}

/** Who submits a proposal in their own name (R-CPPCC-1): a participating party or organization, a special committee. */
const COLLECTIVE_SUBMITTERS = ['participatingOrganization', 'committee'];

/**
 * R-CPPCC-1 集体提案: only in a CPPCC committee, by an organization of that committee, without co-signers; a
 * member submits it as the organization's contact member (their account belongs to it), the proposal committee
 * enters it for the organization naming that member.
 */
async function checkCollectiveSubmitter(tx: Db, actor: Actor, input: { submitterOrgId: number; sessionId: number }, body: string, cosigners: number) {
  if (body !== 'cppcc') throw domainError('COLLECTIVE_CPPCC_ONLY');
  if (cosigners) throw domainError('COLLECTIVE_NO_COSIGNERS');
  const [org] = await tx
    .select({ id: organizations.id, kind: organizations.kind, congressId: organizations.congressId, active: organizations.active })
    .from(organizations)
    .where(eq(organizations.id, input.submitterOrgId));
  if (!org || org.congressId !== actor.congressId || !org.active || !COLLECTIVE_SUBMITTERS.includes(org.kind)) throw domainError('UNKNOWN_SUBMITTER_ORG');
  if (actor.role === 'deputy' && actor.organizationId !== org.id) throw forbidden('orgContactSubmitsOnly');
}
