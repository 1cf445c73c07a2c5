import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { congresses } from '../db/schema';

/**
 * The congress whose handling units and government office take an item (§8, seed 004): the lower body
 * an item was handed down to (R-ASSIGN-4), else the item's own congress — or, for a CPPCC committee's
 * proposal, the congress beside it: one government office and one set of units for both streams.
 */
export async function unitsCongressOf(tx: Db, item: { congressId: number; handledByCongressId: number | null }): Promise<number> {
  if (item.handledByCongressId !== null) return item.handledByCongressId;
  const [c] = await tx.select({ besideId: congresses.besideId }).from(congresses).where(eq(congresses.id, item.congressId));
  return c?.besideId ?? item.congressId;
}
