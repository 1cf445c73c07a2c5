import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';
import { notify } from './history';

/**
 * A unit's request waits on the offices: the liaison office always, and the government office too when the
 * unit is a government department (both decide such requests; both have them in their 待办).
 */
export async function notifyOffices(tx: Db, o: { type: string; itemId: number; unitId: number; payload?: Record<string, unknown> }) {
  await notify(tx, { type: o.type, itemId: o.itemId, recipientRole: 'liaisonOffice', payload: o.payload });
  const [unit] = await tx.select({ isGovernment: organizations.isGovernment }).from(organizations).where(eq(organizations.id, o.unitId));
  if (unit?.isGovernment) await notify(tx, { type: o.type, itemId: o.itemId, recipientRole: 'governmentOffice', payload: o.payload });
}
