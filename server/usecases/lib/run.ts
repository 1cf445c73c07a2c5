import { and, eq } from 'drizzle-orm';
import { notFound, staleVersion } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { itemScope, type ItemRow } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { items } from '../../db/schema';

export interface Ctx {
  db: Db;
  actor: Actor;
  /** Injected clock for tests; defaults to now. */
  now?: Date;
  /** The database snapshot the request's session lookup ran in (reads: snapshot cache key). */
  snapshot?: string;
}

/** Loads the item inside a transaction, locked FOR UPDATE, if the actor may see it. */
export async function lockItem(tx: Db, actor: Actor, itemId: number): Promise<ItemRow> {
  const [row] = await tx
    .select()
    .from(items)
    .where(and(eq(items.id, itemId), itemScope(actor)))
    .for('update');
  if (!row) throw notFound('建议或提案');
  return row;
}

/**
 * Runs an action on one item in one transaction: locks the item row (so
 * derived changes of concurrent task actions serialize), checks the actor may
 * see it and, when given, that the caller saw the current version.
 */
export async function withItem<T>(ctx: Ctx, itemId: number, version: number | undefined, fn: (tx: Db, item: ItemRow) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const item = await lockItem(tx as unknown as Db, ctx.actor, itemId);
    if (version !== undefined && item.version !== version) throw staleVersion();
    return fn(tx as unknown as Db, item);
  });
}

export function expectVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && current !== expected) throw staleVersion();
}

/** The context's clock: the injected time (tests, demo seed) or now. */
export function nowOf(ctx: { now?: Date }): Date {
  return ctx.now ?? new Date();
}
