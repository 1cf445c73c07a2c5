import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { countyOfficeScope, readChecklist, townshipsOf } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { nowOf, type Ctx } from '../lib/run';
import { writeDraftContent, type EntryInput } from './entries';
import { appendChecklistEvent, casChecklist, checkTownships } from './history';

/** Edits a draft checklist as a whole (title, quarter, townships, entries); `version` is the one the user saw (409 otherwise). */
export async function updateChecklist(
  ctx: Ctx,
  o: { checklistId: number; version: number; year: number; quarter: number; title: string; townshipIds: number[]; entries: EntryInput[] },
): Promise<{ id: number; version: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  const townships = await townshipsOf(ctx.db, scope.countyId);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const current = await readChecklist(tx, scope, o.checklistId, true);
    checkChecklistTransition('editChecklist', current.state, ctx.actor.role);
    checkTownships(o.townshipIds, townships);
    const row = await casChecklist(tx, current, o.version, { year: o.year, quarter: o.quarter, title: o.title, updatedAt: nowOf(ctx) });
    await writeDraftContent(tx, row.id, o.entries, o.townshipIds);
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'editChecklist',
      checklistId: row.id,
      fromState: 'draft',
      toState: 'draft',
      payload: { title: o.title, entries: o.entries.length, townships: o.townshipIds.length },
    });
    return { id: row.id, version: row.version };
  });
}
