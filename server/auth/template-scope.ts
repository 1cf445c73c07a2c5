/**
 * Which reply templates an actor sees (deny by default), shared by reads
 * (queries/templates/) and writes (usecases/templates/): a unit's staff their
 * unit's own and the shared ones of their congress, the liaison office the
 * shared ones; every other role none. Who may change one: domain/templates/permissions.ts.
 */
import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { notFound } from '../../domain/errors';
import { isUnitRole } from '../../domain/items/roles';
import type { Db } from '../db/client';
import { replyTemplates } from '../db/schema';
import type { Actor } from './actor';

export type TemplateRow = typeof replyTemplates.$inferSelect;

export function templateScope(actor: Actor): SQL {
  if (actor.congressId === null) return sql`false`;
  const congress = eq(replyTemplates.congressId, actor.congressId);
  if (isUnitRole(actor.role) && actor.organizationId !== null) {
    return and(congress, or(isNull(replyTemplates.unitId), eq(replyTemplates.unitId, actor.organizationId)))!;
  }
  if (actor.role === 'liaisonOffice') return and(congress, isNull(replyTemplates.unitId))!;
  return sql`false`;
}

/** A template the actor sees (locked FOR UPDATE when writing), else 404: another unit's or congress's does not exist for them. */
export async function readTemplate(db: Db, actor: Actor, templateId: number, forUpdate = false): Promise<TemplateRow> {
  const q = db
    .select()
    .from(replyTemplates)
    .where(and(eq(replyTemplates.id, templateId), templateScope(actor)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('答复模板');
  return row;
}
