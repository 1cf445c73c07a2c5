import { and, asc, eq, ne } from 'drizzle-orm';
import { DomainError, notFound, staleVersion } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { savedViews } from '../../db/schema';
import type { Ctx } from '../lib/run';

/** A user's saved ledger filters (保存的筛选方案); each user sees and changes only their own. */
export type SavedView = typeof savedViews.$inferSelect;

const shape = (v: SavedView) => ({ id: v.id, name: v.name, query: v.query, version: v.version, updatedAt: v.updatedAt.toISOString() });

const nameTaken = (name: string) => new DomainError('conflict', 'VIEW_NAME_TAKEN', `已有名为「${name}」的筛选方案，请换一个名称`);

/** A concurrent insert of the same name loses on the unique index: answer it like the pre-check does. */
function isUniqueViolation(e: unknown): boolean {
  const x = e as { code?: string; cause?: { code?: string } };
  return (x.cause?.code ?? x.code) === '23505';
}

async function assertNameFree(tx: Db, userId: number, name: string, exceptId?: number) {
  const [clash] = await tx
    .select({ id: savedViews.id })
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.name, name), exceptId ? ne(savedViews.id, exceptId) : undefined));
  if (clash) throw nameTaken(name);
}

export async function listSavedViews(ctx: Ctx) {
  const rows = await ctx.db.select().from(savedViews).where(eq(savedViews.userId, ctx.actor.userId)).orderBy(asc(savedViews.name), asc(savedViews.id));
  return rows.map(shape);
}

export async function createSavedView(ctx: Ctx, o: { name: string; query: Record<string, string> }) {
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertNameFree(tx as unknown as Db, ctx.actor.userId, o.name);
      const [row] = await tx.insert(savedViews).values({ userId: ctx.actor.userId, name: o.name, query: o.query }).returning();
      return shape(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(o.name);
    throw e;
  }
}

/** Rename and/or replace the filter; `version` is the one the user saw (409 when someone — another tab — changed it since). */
export async function updateSavedView(ctx: Ctx, o: { viewId: number; version: number; name?: string; query?: Record<string, string> }) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const own = and(eq(savedViews.id, o.viewId), eq(savedViews.userId, ctx.actor.userId));
      const [current] = await tx.select().from(savedViews).where(own).for('update');
      if (!current) throw notFound('筛选方案');
      if (current.version !== o.version) throw staleVersion();
      if (o.name !== undefined) await assertNameFree(tx as unknown as Db, ctx.actor.userId, o.name, current.id);
      const [row] = await tx
        .update(savedViews)
        .set({ name: o.name ?? current.name, query: o.query ?? current.query, version: current.version + 1, updatedAt: new Date() })
        .where(and(own, eq(savedViews.version, o.version)))
        .returning();
      if (!row) throw staleVersion();
      return shape(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(o.name ?? '');
    throw e;
  }
}

export async function deleteSavedView(ctx: Ctx, o: { viewId: number }) {
  const [row] = await ctx.db
    .delete(savedViews)
    .where(and(eq(savedViews.id, o.viewId), eq(savedViews.userId, ctx.actor.userId)))
    .returning({ id: savedViews.id });
  if (!row) throw notFound('筛选方案');
  return { ok: true as const };
}
