import { fieldError } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { categoryName, fileCategory } from '../lib/category';
import { appendEvent, casItem } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';

/**
 * §2: the office (liaison or government) files an accepted item under another
 * category — a leaf or a parent of its congress's tree — from 立案 until it is
 * closed, so that the statistics by category (R-STAT-1) count it right.
 * The state stays (a self-transition of the table); the version the office saw
 * is checked (stale → 409); the history keeps the category before and after.
 */
export async function changeCategory(ctx: Ctx, o: { itemId: number; version: number; categoryId: number; note?: string | null }) {
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'changeCategory');
    checkTransition('changeCategory', item.state, ctx.actor.role, item.state);
    const category = await fileCategory(tx, item, o.categoryId);
    if (!category.changed) throw fieldError('CATEGORY_UNCHANGED', 'body.categoryId');
    const updated = await casItem(tx, item, o.version, { categoryId: category.id });
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: 'changeCategory',
      payload: {
        fromCategoryId: item.categoryId,
        fromCategoryName: await categoryName(tx, item.categoryId),
        categoryId: category.id,
        categoryName: category.name,
        note: o.note ?? undefined,
      },
    });
    return updated;
  });
}
