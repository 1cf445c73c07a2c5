/**
 * What the item page shows of R-ASSIGN-4 handing down: to which lower body the item was handed and
 * when (seen by both bodies), and whether the viewer's body has bodies below to hand an item to.
 */
import { sql, type SQL } from 'drizzle-orm';
import { OFFICE_ROLES } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import type { ItemRow } from '../../auth/item-scope';

export interface HandingDownNames {
  handledBy: string | null;
  fromName: string | null;
  lower: number;
}

/** The names and the count it needs, as one JSON value (the item page reads it in its own statement, issue 18). */
export function handingDownSql(actor: Actor, item: ItemRow): SQL {
  return sql`json_build_object(
    'handledBy', (select name from congresses where id = ${item.handledByCongressId}),
    'fromName', (select name from congresses where id = ${item.congressId}),
    'lower', (select count(*)::int from congresses where parent_id = ${actor.congressId ?? -1} and body = 'congress'))`;
}

export function handingDownFrom(actor: Actor, item: ItemRow, r: HandingDownNames) {
  return {
    handedDown:
      item.handledByCongressId && r.handledBy
        ? { congressId: item.handledByCongressId, congressName: r.handledBy, fromCongressName: r.fromName ?? '', on: item.handedDownOn! }
        : null,
    // Only an office of the item's own body hands it down.
    lowerBodies: OFFICE_ROLES.includes(actor.role) && actor.congressId === item.congressId ? r.lower : 0,
  };
}
