/**
 * What the item page shows of R-ASSIGN-4 handing down: to which lower body the item was handed and
 * when (seen by both bodies), and whether the viewer's body has bodies below to hand an item to.
 */
import { sql } from 'drizzle-orm';
import { OFFICE_ROLES } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import type { ItemRow } from '../../auth/item-scope';
import { queryRows, type Db } from '../../db/client';

export async function handingDownOf(db: Db, actor: Actor, item: ItemRow) {
  const [r] = await queryRows<{ handled_by: string | null; from_name: string; lower: number }>(
    db,
    sql`select (select name from congresses where id = ${item.handledByCongressId}) as handled_by,
          (select name from congresses where id = ${item.congressId}) as from_name,
          (select count(*)::int from congresses where parent_id = ${actor.congressId ?? -1} and body = 'congress') as lower`,
  );
  return {
    handedDown:
      item.handledByCongressId && r.handled_by
        ? { congressId: item.handledByCongressId, congressName: r.handled_by, fromCongressName: r.from_name, on: item.handedDownOn! }
        : null,
    // Only an office of the item's own body hands it down.
    lowerBodies: OFFICE_ROLES.includes(actor.role) && actor.congressId === item.congressId ? r.lower : 0,
  };
}
