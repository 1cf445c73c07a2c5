import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { checkTransition } from '../../../domain/items/transitions';
import { organizations, tasks } from '../../db/schema';
import { unitsCongressOf } from '../../auth/units-congress';
import { categoryName, fileCategory } from '../lib/category';
import { recomputeDeadlines } from '../lib/deadlines';
import { appendEvent, casItem, notify } from '../lib/history';
import { withItem, type Ctx } from '../lib/run';
import { checkOfficeSide } from '../lib/handing-down';

export type ReviewDecision =
  | { decision: 'accept'; note?: string; categoryId?: number }
  | { decision: 'return'; reason: string }
  | { decision: 'reject'; reason: string }
  | { decision: 'reference'; reason: string; unitId: number };

const ACTION = { accept: 'acceptSuggestion', return: 'returnSuggestion', reject: 'rejectSuggestion', reference: 'convertToReference' } as const;
const TARGET = { accept: 'accepted', return: 'returned', reject: 'notAccepted', reference: 'referenceItem' } as const;

/**
 * R-REVIEW-1: the liaison office accepts, returns for revision (with a
 * reason), converts to a reference item (a unit must contact the deputy by
 * the profile's date) or does not accept (with a reason). Accepting files the
 * item under a category (§2): the one chosen, else the deputy's; none → 400.
 */
export async function reviewSuggestion(ctx: Ctx, o: { itemId: number; version: number } & ReviewDecision) {
  const action = ACTION[o.decision];
  const to = TARGET[o.decision];
  return withItem(ctx, o.itemId, o.version, async (tx, item) => {
    checkOfficeSide(ctx.actor, item, 'reviewSuggestion');
    checkTransition(action, item.state, ctx.actor.role, to);
    const note = o.decision === 'accept' ? (o.note ?? null) : o.reason;
    const category = o.decision === 'accept' ? await fileCategory(tx, item, o.categoryId) : null;
    const updated = await casItem(tx, item, o.version, { state: to, reviewNote: note, ...(category ? { categoryId: category.id } : {}) });
    if (o.decision === 'reference') {
      const [unit] = await tx
        .select()
        .from(organizations)
        .where(and(eq(organizations.id, o.unitId), eq(organizations.kind, 'unit'), eq(organizations.congressId, await unitsCongressOf(tx, item))));
      if (!unit) throw domainError('UNKNOWN_UNIT', { variant: 'review' });
      await tx.insert(tasks).values({ itemId: item.id, unitId: unit.id, role: 'reference', state: 'assigned' });
      await recomputeDeadlines(tx, item.id);
      await notify(tx, { type: 'referenceAssigned', itemId: item.id, recipientOrgId: unit.id });
    }
    await appendEvent(tx, ctx, {
      itemId: item.id,
      type: action,
      fromState: item.state,
      toState: to,
      payload: {
        note,
        unitId: 'unitId' in o ? o.unitId : undefined,
        // The category it is filed under, and the deputy's when the office chose another.
        ...(category ? { categoryId: category.id, categoryName: category.name } : {}),
        ...(category?.changed ? { fromCategoryId: item.categoryId, fromCategoryName: await categoryName(tx, item.categoryId) } : {}),
      },
    });
    await notify(tx, { type: action, itemId: item.id, recipientDeputyId: item.leadDeputyId ?? undefined, payload: { note } });
    return updated;
  });
}
