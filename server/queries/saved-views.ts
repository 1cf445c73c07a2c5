import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { savedViews } from '../db/schema';

/** A user's saved ledger filters (保存的筛选方案); each user sees and changes only their own. */
export type SavedView = typeof savedViews.$inferSelect;

/** A saved view as the API answers it (the list, and the route after a create or update). */
export const savedViewAnswer = (v: SavedView) => ({ id: v.id, name: v.name, query: v.query, version: v.version, updatedAt: v.updatedAt.toISOString() });

export async function listSavedViews(db: Db, actor: Actor) {
  const rows = await db.select().from(savedViews).where(eq(savedViews.userId, actor.userId)).orderBy(asc(savedViews.name), asc(savedViews.id));
  return rows.map(savedViewAnswer);
}
