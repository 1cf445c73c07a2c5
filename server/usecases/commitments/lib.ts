import { and, eq, sql } from 'drizzle-orm';
import { notFound, staleVersion } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { commitments, organizations, replies } from '../../db/schema';
import type { ItemRow } from '../../auth/item-scope';
import { notify } from '../lib/history';

export type CommitmentRow = typeof commitments.$inferSelect;

/** One commitment of the item; a unit reaches only its own (R-TRACK-1). */
export async function loadCommitment(tx: Db, actor: Actor, item: ItemRow, commitmentId: number): Promise<CommitmentRow> {
  const [c] = await tx
    .select()
    .from(commitments)
    .where(and(eq(commitments.id, commitmentId), eq(commitments.itemId, item.id)))
    .for('update');
  if (!c || (isUnitRole(actor.role) && c.unitId !== actor.organizationId)) throw notFound('承诺事项');
  return c;
}

/**
 * Compare-and-set on a commitment (architecture rule 4): applies only if the
 * version and state are still what the caller saw; else STALE_VERSION (409).
 */
export async function casCommitment(
  tx: Db,
  c: CommitmentRow,
  expectedVersion: number,
  patch: Partial<typeof commitments.$inferInsert>,
): Promise<CommitmentRow> {
  const [row] = await tx
    .update(commitments)
    .set({ ...patch, version: sql`${commitments.version} + 1` })
    .where(and(eq(commitments.id, c.id), eq(commitments.version, expectedVersion), eq(commitments.state, c.state)))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

/** The unit's task the commitment's reply was written on: events that concern only that unit carry it. */
export async function taskOfCommitment(tx: Db, c: CommitmentRow): Promise<number> {
  const [r] = await tx.select({ taskId: replies.taskId }).from(replies).where(eq(replies.id, c.replyId));
  return r.taskId;
}

/**
 * Tells the offices about a unit's commitment (R-TRACK-1): the liaison
 * office always, the government office too when the unit is a government one.
 */
export async function notifyOffices(tx: Db, c: CommitmentRow, item: ItemRow, type: string, payload: Record<string, unknown>): Promise<void> {
  const [unit] = await tx
    .select({ isGovernment: organizations.isGovernment, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, c.unitId));
  const full = { ...payload, ...messageOf(item, payload), commitmentId: c.id, content: c.content, targetDate: c.targetDate, unitName: unit?.name };
  await notify(tx, { type, itemId: item.id, congressId: item.congressId, recipientRole: 'liaisonOffice', payload: full });
  if (unit?.isGovernment) await notify(tx, { type, itemId: item.id, congressId: item.congressId, recipientRole: 'governmentOffice', payload: full });
}

/** Tells the unit that owns the commitment. */
export async function notifyUnit(tx: Db, c: CommitmentRow, item: ItemRow, type: string, payload: Record<string, unknown>): Promise<void> {
  await notify(tx, {
    type,
    itemId: item.id,
    congressId: item.congressId,
    recipientOrgId: c.unitId,
    payload: { ...payload, ...messageOf(item, payload), commitmentId: c.id, content: c.content, targetDate: c.targetDate },
  });
}

/** The message text names the item first, as the notification templates do (server/notifications/templates.ts). */
function messageOf(item: ItemRow, payload: Record<string, unknown>) {
  return typeof payload.message === 'string' ? { message: `第 ${item.number} 号建议《${item.title}》${payload.message}` } : {};
}
