import { asc, eq } from 'drizzle-orm';
import { quarterLabel, shiftDue } from '../../../domain/checklists/checklists';
import type { IndicatorKey } from '../../../domain/checklists/scoring';
import type { EntryType } from '../../../domain/checklists/checklists';
import { countyOfficeScope, readChecklist, townshipsOf } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { checklistEntries, checklists, checklistTownships } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { writeDraftContent } from './entries';
import { appendChecklistEvent } from './history';

/**
 * A new draft copied from an earlier checklist (e.g. last year's same quarter): the same entries with
 * their due dates moved by as many months as the quarter moves (a year for the same quarter), for the
 * same townships (those still townships of the county), to be edited before it is issued.
 */
export async function copyChecklist(ctx: Ctx, o: { checklistId: number; year: number; quarter: number; title?: string }): Promise<{ id: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  const current = new Set((await townshipsOf(ctx.db, scope.countyId)).map((t) => t.id));
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const source = await readChecklist(tx, scope, o.checklistId);
    const entries = await tx.select().from(checklistEntries).where(eq(checklistEntries.checklistId, source.id)).orderBy(asc(checklistEntries.seq));
    const towns = await tx.select().from(checklistTownships).where(eq(checklistTownships.checklistId, source.id));
    const from = { year: source.year, quarter: source.quarter };
    const to = { year: o.year, quarter: o.quarter };
    const title = o.title ?? `${quarterLabel(o.year, o.quarter)}乡镇人大工作指导清单`;
    const at = nowOf(ctx);
    const [row] = await tx
      .insert(checklists)
      .values({
        congressId: scope.countyId,
        year: o.year,
        quarter: o.quarter,
        title,
        copiedFromId: source.id,
        createdBy: ctx.actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await writeDraftContent(
      tx,
      row.id,
      entries.map((e) => ({
        type: e.type as EntryType,
        text: e.text,
        dueOn: shiftDue(e.dueOn, from, to),
        evidence: e.evidence,
        indicator: e.indicator as IndicatorKey | null,
      })),
      towns.map((t) => t.townshipCongressId).filter((t) => current.has(t)),
    );
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'copyChecklist',
      checklistId: row.id,
      toState: 'draft',
      payload: { fromId: source.id, fromTitle: source.title, title, entries: entries.length },
    });
    return { id: row.id };
  });
}
