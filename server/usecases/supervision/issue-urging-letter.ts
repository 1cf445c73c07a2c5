import { and, eq, sql } from 'drizzle-orm';
import { fieldError } from '../../../domain/errors';
import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import { OPEN_TASK_STATES } from '../../../domain/items/states';
import { urgingLetterNumber } from '../../../domain/supervision/key-supervision';
import { urgingLetters } from '../../db/schema';
import { appendEvent, notify } from '../lib/history';
import { nowOf, withItem, type Ctx } from '../lib/run';
import { checkUrgeable } from './send-manual-reminder';
import { itemUnits } from '../../auth/item-scope';
import { lockCongress, requireSupervisor } from './shared';

/**
 * R-SUP-2 an urging letter (督办函) to one unit of an item near or past its
 * deadline: numbered 督办〔年〕N号 per congress and year. The congress row is
 * locked while the next number is taken, so concurrent letters never share a
 * number (the unique index on congress, year and number backs it). Logged on
 * the item against the unit's task and sent to the unit, in one transaction.
 */
export async function issueUrgingLetter(ctx: Ctx, o: { itemId: number; unitId: number; title: string; body: string; respondBy?: string | null }) {
  requireSupervisor(ctx.actor);
  return withItem(ctx, o.itemId, undefined, async (tx, item) => {
    checkUrgeable(item.state);
    const unit = (await itemUnits(tx, item.id)).find((u) => u.unitId === o.unitId);
    if (!unit || !OPEN_TASK_STATES.includes(unit.state)) {
      throw fieldError('UNIT_NOT_OPEN', 'body.unitId');
    }
    const now = nowOf(ctx);
    const today = todayInShanghai(now);
    if (o.respondBy && o.respondBy < today) {
      throw fieldError('RESPOND_BY_PAST', 'body.respondBy');
    }
    const year = yearOf(today);
    await lockCongress(tx, item.congressId);
    const [{ next }] = await tx
      .select({ next: sql<number>`coalesce(max(${urgingLetters.seq}), 0)::int + 1` })
      .from(urgingLetters)
      .where(and(eq(urgingLetters.congressId, item.congressId), eq(urgingLetters.year, year)));
    const [letter] = await tx
      .insert(urgingLetters)
      .values({
        congressId: item.congressId,
        itemId: item.id,
        unitId: unit.unitId,
        year,
        seq: next,
        number: urgingLetterNumber(year, next),
        title: o.title,
        body: o.body,
        respondBy: o.respondBy ?? null,
        issuedBy: ctx.actor.userId,
        issuerName: ctx.actor.name,
        issuedAt: now,
      })
      .returning();
    await appendEvent(tx, ctx, {
      itemId: item.id,
      taskId: unit.taskId,
      type: 'issueUrgingLetter',
      payload: {
        urgingLetterId: letter.id,
        number: letter.number,
        unitId: unit.unitId,
        unit: unit.unitName,
        title: o.title,
        respondBy: o.respondBy ?? undefined,
      },
    });
    await notify(tx, {
      type: 'urgingLetter',
      itemId: item.id,
      congressId: item.congressId,
      recipientOrgId: unit.unitId,
      payload: { urgingLetterId: letter.id, letterNumber: letter.number, title: o.title, respondBy: o.respondBy ?? null },
    });
    return { ...letter, unitName: unit.unitName };
  });
}
