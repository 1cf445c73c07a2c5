import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import { forbidden, notFound } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { items, itemSigners, tasks } from '../../db/schema';

export type ItemRow = typeof items.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;

/**
 * Which items an actor may see (deny by default): a deputy their own (as lead
 * or cosigner), a unit those assigned to it, offices and supervisors their
 * congress; administrators and auditors none.
 */
export function itemScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'deputy':
      return sql`exists (select 1 from ${itemSigners} s where s.item_id = ${items.id} and s.deputy_id = ${actor.deputyId ?? -1} and s.status <> 'declined')`;
    case 'unitOffice':
    case 'unitHandler':
    case 'unitLeader':
      return sql`exists (select 1 from ${tasks} t where t.item_id = ${items.id} and t.unit_id = ${actor.organizationId ?? -1} and t.state <> 'withdrawn')`;
    case 'liaisonOffice':
    case 'governmentOffice':
    case 'supervisor':
      return eq(items.congressId, actor.congressId ?? -1);
    case 'admin':
    case 'auditor':
      return sql`false`;
    default: {
      const never: never = actor.role;
      return never;
    }
  }
}

/** Loads the item inside a transaction, locked FOR UPDATE, if the actor may see it. */
export async function lockItem(tx: Db, actor: Actor, itemId: number): Promise<ItemRow> {
  const [row] = await tx.select().from(items).where(and(eq(items.id, itemId), itemScope(actor))).for('update');
  if (!row) throw notFound('建议');
  return row;
}

export async function readItem(db: Db, actor: Actor, itemId: number): Promise<ItemRow> {
  const [row] = await db.select().from(items).where(and(eq(items.id, itemId), itemScope(actor)));
  if (!row) throw notFound('建议');
  return row;
}

/** The live task of the actor's own unit on the item (a unit acts only on its own part). */
export async function ownTask(tx: Db, actor: Actor, itemId: number): Promise<TaskRow> {
  if (!isUnitRole(actor.role) || !actor.organizationId) throw forbidden('只有承办单位可以进行此操作');
  const [t] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.itemId, itemId), eq(tasks.unitId, actor.organizationId), ne(tasks.state, 'withdrawn')));
  if (!t) throw notFound('本单位的承办任务');
  return t;
}

export async function liveTasks(tx: Db, itemId: number): Promise<TaskRow[]> {
  return tx.select().from(tasks).where(and(eq(tasks.itemId, itemId), ne(tasks.state, 'withdrawn'))).orderBy(tasks.id);
}

/**
 * Attachments a unit uploads belong to its own part: other units and the
 * deputy do not see them; offices and supervisors see all.
 */
export function canSeeAttachment(actor: Actor, attachmentUnitId: number | null): boolean {
  if (isUnitRole(actor.role)) return attachmentUnitId === null || attachmentUnitId === actor.organizationId;
  if (actor.role === 'deputy') return attachmentUnitId === null;
  return true;
}
