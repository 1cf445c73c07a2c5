import { asc, eq } from 'drizzle-orm';
import { quarterLabel } from '../../../domain/checklists/checklists';
import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { domainError } from '../../../domain/errors';
import { countyOfficeScope, readChecklist } from '../../auth/checklist-scope';
import type { Db } from '../../db/client';
import { checklistEntries, checklistReports, checklistTownships } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, casChecklist, notifyPresidium } from './history';

/**
 * Issues a draft checklist (下发): one report row per entry and township, waiting for the township's
 * report, and a notice to each township's presidium — all in one transaction with the state change.
 */
export async function issueChecklist(ctx: Ctx, o: { checklistId: number; version: number }): Promise<{ id: number; version: number; reports: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const current = await readChecklist(tx, scope, o.checklistId, true);
    checkChecklistTransition('issueChecklist', current.state, ctx.actor.role, 'issued');
    const entries = await tx.select().from(checklistEntries).where(eq(checklistEntries.checklistId, current.id)).orderBy(asc(checklistEntries.seq));
    const towns = await tx
      .select()
      .from(checklistTownships)
      .where(eq(checklistTownships.checklistId, current.id))
      .orderBy(asc(checklistTownships.townshipCongressId));
    if (!towns.length) throw domainError('NO_TOWNSHIPS', { variant: 'checklist' });
    const at = nowOf(ctx);
    const row = await casChecklist(tx, current, o.version, { state: 'issued', issuedAt: at, issuedBy: ctx.actor.userId, updatedAt: at });
    const values = towns.flatMap((t) =>
      entries.map((e) => ({ congressId: scope.countyId, checklistId: row.id, checklistEntryId: e.id, townshipCongressId: t.townshipCongressId })),
    );
    for (let i = 0; i < values.length; i += 500) await tx.insert(checklistReports).values(values.slice(i, i + 500));
    const label = quarterLabel(row.year, row.quarter);
    for (const t of towns) {
      await notifyPresidium(tx, t.townshipCongressId, {
        type: 'checklistIssued',
        payload: { checklistId: row.id, checklistTitle: row.title, quarterLabel: label, count: entries.length },
        dedupeKey: `checklistIssued:${row.id}:${t.townshipCongressId}`,
      });
    }
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'issueChecklist',
      checklistId: row.id,
      fromState: 'draft',
      toState: 'issued',
      payload: { townships: towns.length, entries: entries.length, reports: values.length },
    });
    return { id: row.id, version: row.version, reports: values.length };
  });
}
