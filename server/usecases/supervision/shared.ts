import { and, eq, inArray } from 'drizzle-orm';
import { domainError, forbidden } from '../../../domain/errors';
import { SUPERVISING_ROLES } from '../../../domain/supervision/key-supervision';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { congresses, keySupervisions, organizations } from '../../db/schema';

export type KeySupervisionRow = typeof keySupervisions.$inferSelect;

/**
 * Serializes per-congress numbering (urging letters R-SUP-2, bulletins
 * R-SUP-4): the congress row is locked FOR NO KEY UPDATE, which waits for
 * another numbering transaction but not for inserts that reference the congress.
 */
export async function lockCongress(tx: Db, congressId: number): Promise<void> {
  await tx.select({ id: congresses.id }).from(congresses).where(eq(congresses.id, congressId)).for('no key update');
}

/** The item's active key-supervision designation (R-SUP-3), if any. */
export async function activeKeySupervision(tx: Db, itemId: number): Promise<KeySupervisionRow | undefined> {
  const [row] = await tx
    .select()
    .from(keySupervisions)
    .where(and(eq(keySupervisions.itemId, itemId), eq(keySupervisions.active, true)));
  return row;
}

/** The supervising committees (专门委员会) named, checked to be active committees of the congress; their names in the given order. */
export async function checkCommittees(tx: Db, congressId: number, ids: number[]): Promise<{ id: number; name: string }[]> {
  if (!ids.length) return [];
  const rows = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), eq(organizations.congressId, congressId), eq(organizations.kind, 'committee'), eq(organizations.active, true)));
  if (rows.length !== ids.length) throw domainError('UNKNOWN_COMMITTEE');
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

/** R-SUP-2/3: only the offices and the supervising leaders and committees supervise (the routes' policy says the same). */
export function requireSupervisor(actor: Actor): void {
  if (!SUPERVISING_ROLES.includes(actor.role)) throw forbidden('supervisorsOnly');
}
