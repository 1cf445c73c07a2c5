import { and, eq, ne } from 'drizzle-orm';
import { forbidden, notFound } from '../../../domain/errors';
import { isUnitRole } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import type { TaskRow } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { tasks } from '../../db/schema';

/** The live task of the actor's own unit on the item (a unit acts only on its own part). */
export async function ownTask(tx: Db, actor: Actor, itemId: number): Promise<TaskRow> {
  if (!isUnitRole(actor.role) || !actor.organizationId) throw forbidden('unitsOnly');
  const [t] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.itemId, itemId), eq(tasks.unitId, actor.organizationId), ne(tasks.state, 'withdrawn')));
  if (!t) throw notFound('本单位的承办任务');
  return t;
}

export async function liveTasks(tx: Db, itemId: number): Promise<TaskRow[]> {
  return tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.itemId, itemId), ne(tasks.state, 'withdrawn')))
    .orderBy(tasks.id);
}
