import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { deputies, items, itemSigners } from '../db/schema';

/**
 * R-SUBMIT-1: the suggestions the signed-in deputy was invited to co-sign and has not
 * answered yet (the item still waits on its co-signers), newest first — the prompt on
 * the deputy's home page. Another role has none.
 */
export async function listCosignatureInvitations(db: Db, actor: Actor) {
  if (actor.role !== 'deputy' || !actor.deputyId) return [];
  const lead = alias(deputies, 'lead');
  return db
    .select({ id: items.id, number: items.number, title: items.title, leadDeputy: lead.name, submittedAt: items.submittedAt })
    .from(itemSigners)
    .innerJoin(items, eq(items.id, itemSigners.itemId))
    .leftJoin(lead, eq(lead.id, items.leadDeputyId))
    .where(
      and(eq(itemSigners.deputyId, actor.deputyId), eq(itemSigners.isLead, false), eq(itemSigners.status, 'pending'), eq(items.state, 'awaitingCosigners')),
    )
    .orderBy(desc(items.submittedAt), desc(items.id))
    .limit(50);
}
