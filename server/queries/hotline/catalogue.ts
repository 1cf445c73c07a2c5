/**
 * The dispatch catalogue (派单目录, issue 15 §3) of the viewer's congress, with what its forms choose
 * from: the congress's units and special committees, and the bodies below it an order may be located in.
 */
import { sql } from 'drizzle-orm';
import { congressPlace } from '../../../domain/documents/full-names';
import type { Actor } from '../../auth/actor';
import { hotlineScope } from '../../auth/hotline-scope';
import { queryRows, sequentially, type Db } from '../../db/client';

export async function hotlineCatalogue(db: Db, actor: Actor) {
  const scope = await hotlineScope(db, actor);
  const congressId = scope.congressId;
  const [entries, orgs, places] = await sequentially([
    queryRows<{
      id: number;
      category: string;
      unit_id: number;
      unit_name: string;
      committee_id: number | null;
      committee_name: string | null;
      version: number;
      updated_at: Date;
    }>(
      db,
      sql`select h.id, h.category, h.unit_id, u.name as unit_name, h.committee_id, c.name as committee_name, h.version, h.updated_at
          from hotline_catalogue h join organizations u on u.id = h.unit_id left join organizations c on c.id = h.committee_id
          where h.congress_id = ${congressId} order by h.category, h.id`,
    ),
    queryRows<{ id: number; name: string; kind: string }>(
      db,
      sql`select id, name, kind from organizations where congress_id = ${congressId} and kind in ('unit', 'committee') and active order by kind, name, id`,
    ),
    queryRows<{ id: number; name: string; level: string; parent_id: number | null }>(
      db,
      sql`select id, name, level, parent_id from congresses where body = 'congress' and id <> ${congressId}
            and (parent_id = ${congressId} or parent_id in (select id from congresses where parent_id = ${congressId})) order by level, id`,
    ),
  ]);
  return {
    entries: entries.map((e) => ({
      id: e.id,
      category: e.category,
      unit: { id: e.unit_id, name: e.unit_name },
      committee: e.committee_id !== null ? { id: e.committee_id, name: e.committee_name ?? '' } : null,
      version: e.version,
      updatedAt: e.updated_at,
    })),
    units: orgs.filter((o) => o.kind === 'unit').map(({ id, name }) => ({ id, name })),
    committees: orgs.filter((o) => o.kind === 'committee').map(({ id, name }) => ({ id, name })),
    places: places.map((p) => ({ id: p.id, name: congressPlace(p.name), level: p.level, parentId: p.parent_id })),
    mayEdit: scope.kind === 'office',
  };
}
