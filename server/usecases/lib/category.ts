import { and, eq } from 'drizzle-orm';
import { fieldError } from '../../../domain/errors';
import type { ItemRow } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { categories } from '../../db/schema';

export interface FiledCategory {
  id: number;
  name: string;
  /** the item had another category (or none) before */
  changed: boolean;
}

/**
 * The category an item is filed under when the office accepts (立案) or assigns (交办) it,
 * or files it anew: `categoryId` when given — any node of the item's congress's tree, a
 * leaf or a parent (the statistics roll sub-categories up to their top level) — else the
 * item's own. None at all → CATEGORY_REQUIRED (statistics would count it as 未分类);
 * a category of another congress → UNKNOWN_CATEGORY. Both beside the form's field.
 */
export async function fileCategory(tx: Db, item: ItemRow, categoryId: number | null | undefined): Promise<FiledCategory> {
  const wanted = categoryId ?? item.categoryId;
  if (!wanted) throw fieldError('CATEGORY_REQUIRED', 'body.categoryId');
  const [c] = await tx
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(and(eq(categories.id, wanted), eq(categories.congressId, item.congressId)));
  if (!c) throw fieldError('UNKNOWN_CATEGORY', 'body.categoryId');
  return { ...c, changed: c.id !== item.categoryId };
}

/** The name of a category (null: none), for the history's before/after. */
export async function categoryName(tx: Db, id: number | null): Promise<string | null> {
  if (!id) return null;
  const [c] = await tx.select({ name: categories.name }).from(categories).where(eq(categories.id, id));
  return c?.name ?? null;
}
