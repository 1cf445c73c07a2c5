import { and, eq } from 'drizzle-orm';
import { staleVersion } from '../../../domain/errors';
import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { countyOfficeScope, readChecklist } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { checklists } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { appendChecklistEvent } from './history';

/** Deletes a draft checklist (an issued one stays: its townships' reports depend on it); the history keeps a line of it. */
export async function deleteChecklist(ctx: Ctx, o: { checklistId: number; version: number }): Promise<{ ok: true }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const current = await readChecklist(tx, scope, o.checklistId, true);
    checkChecklistTransition('deleteChecklist', current.state, ctx.actor.role);
    const gone = await tx
      .delete(checklists)
      .where(and(eq(checklists.id, current.id), eq(checklists.version, o.version), eq(checklists.state, 'draft')))
      .returning({ id: checklists.id });
    if (!gone.length) throw staleVersion();
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'deleteChecklist',
      fromState: 'draft',
      payload: { title: current.title, year: current.year, quarter: current.quarter },
    });
    return { ok: true as const };
  });
}
