/**
 * Who sees which item (deny by default), shared by reads (queries/) and
 * writes (usecases/): the items in an actor's scope, an item read through
 * it, the attachments of a unit's own part, and the units that take part.
 */
import { and, eq, inArray, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { notFound } from '../../domain/errors';
import { isUnitRole } from '../../domain/items/roles';
import type { Db } from '../db/client';
import { congresses, items, itemSigners, organizations, tasks } from '../db/schema';
import type { Actor } from './actor';

export type ItemRow = typeof items.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;

/**
 * Which items an actor may see (deny by default): a deputy their own (as lead
 * or cosigner), a unit those assigned to it, a delegation's contact person
 * those of the delegation, offices and supervisors their congress (offices
 * also what a higher level handed down to them);
 * administrators and auditors none.
 */
export function itemScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'deputy':
      return sql`exists (select 1 from ${itemSigners} s where s.item_id = ${items.id} and s.deputy_id = ${actor.deputyId ?? -1} and s.status <> 'declined')`;
    case 'unitOffice':
    case 'unitHandler':
    case 'unitLeader':
      return sql`exists (select 1 from ${tasks} t where t.item_id = ${items.id} and t.unit_id = ${actor.organizationId ?? -1} and t.state <> 'withdrawn')`;
    case 'delegationContact':
      // The delegation's contact person: the suggestions of their delegation (two-stage review).
      return and(eq(items.congressId, actor.congressId ?? -1), eq(items.delegationId, actor.organizationId ?? -1))!;
    case 'liaisonOffice':
      // Their body's items (the proposal committee: its CPPCC committee's proposals), and those a higher
      // level handed down to it (R-ASSIGN-4).
      return or(eq(items.congressId, actor.congressId ?? -1), eq(items.handledByCongressId, actor.congressId ?? -1))!;
    case 'governmentOffice':
      // One government office, two bodies (seed 004, §8): its congress's suggestions and the proposals of the
      // CPPCC committee beside it, and what a higher level handed down to it (R-ASSIGN-4).
      // Without a CPPCC committee beside, exactly the liaison office's condition (the same index plans).
      return or(
        actor.bodiesBeside.length ? inArray(items.congressId, [actor.congressId ?? -1, ...actor.bodiesBeside]) : eq(items.congressId, actor.congressId ?? -1),
        eq(items.handledByCongressId, actor.congressId ?? -1),
      )!;
    case 'supervisor':
    case 'townshipPresidium':
      // They read their own body's items (a township's presidium: the township's deputies' suggestions).
      return eq(items.congressId, actor.congressId ?? -1);
    case 'admin':
    case 'auditor':
    case 'member': // never a part (partOf maps it and the proposal committee to deputy and liaisonOffice)
    case 'proposalCommittee':
    case 'hotlineOffice': // sees the channel's work orders (auth/hotline-scope.ts), not suggestions
      return sql`false`;
    default: {
      const never: never = actor.role;
      return never;
    }
  }
}

/**
 * itemScope as the cache's tags (server/db/cache-marks.ts), kept beside it so the two change together: a deputy's own items, a
 * unit's tasks, a delegation's items, an office's congress and the bodies beside it. Roles that see no items: none.
 */
export function cacheTags(a: Actor): string[] {
  switch (a.role) {
    case 'deputy':
      return [`d:${a.deputyId ?? -1}`];
    case 'unitOffice':
    case 'unitHandler':
    case 'unitLeader':
      return [`u:${a.organizationId ?? -1}`];
    case 'delegationContact':
      return [`g:${a.organizationId ?? -1}`];
    case 'liaisonOffice':
    case 'supervisor':
    case 'townshipPresidium':
      return [`c:${a.congressId ?? -1}`];
    case 'governmentOffice':
      return [a.congressId ?? -1, ...a.bodiesBeside].map((c) => `c:${c}`);
    default:
      return [];
  }
}

/**
 * itemScope as disjoint parts whose union it is, each a plain condition an index can serve in order: an
 * office's own bodies, then what a higher level handed down to it. A ledger page reads each part through
 * the sort's index (congress_id, key, id) and merges them — an OR of the two would sort every item.
 */
export function itemScopeParts(actor: Actor): SQL[] {
  const own = actor.congressId ?? -1;
  if (actor.role === 'liaisonOffice') return [eq(items.congressId, own), and(eq(items.handledByCongressId, own), ne(items.congressId, own))!];
  if (actor.role === 'governmentOffice') {
    const bodies = [own, ...actor.bodiesBeside];
    return [inArray(items.congressId, bodies), and(eq(items.handledByCongressId, own), notInArray(items.congressId, bodies))!];
  }
  return [itemScope(actor)];
}

/** A congress and the CPPCC committee beside it: the bodies whose items its government office works on. */
export function officeBodies(congressId: number | null): SQL {
  return sql`(select c.id from ${congresses} c where c.id = ${congressId ?? -1} or c.beside_id = ${congressId ?? -1})`;
}

export async function readItem(db: Db, actor: Actor, itemId: number): Promise<ItemRow> {
  const [row] = await db
    .select()
    .from(items)
    .where(and(eq(items.id, itemId), itemScope(actor)));
  if (!row) throw notFound('建议或提案');
  return row;
}

/**
 * Attachments a unit uploads belong to its own part: other units, the deputy
 * and the delegation do not see them; offices and supervisors see all.
 */
export function canSeeAttachment(actor: Actor, attachmentUnitId: number | null): boolean {
  if (isUnitRole(actor.role)) return attachmentUnitId === null || attachmentUnitId === actor.organizationId;
  if (actor.role === 'deputy' || actor.role === 'delegationContact') return attachmentUnitId === null;
  return true;
}

/** The units with a live (not withdrawn) part in the item, with their task. */
export async function itemUnits(tx: Db, itemId: number) {
  return tx
    .select({ taskId: tasks.id, unitId: tasks.unitId, role: tasks.role, state: tasks.state, unitName: organizations.name })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.unitId))
    .where(and(eq(tasks.itemId, itemId), ne(tasks.state, 'withdrawn')))
    .orderBy(tasks.id);
}
