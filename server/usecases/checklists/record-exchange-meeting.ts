import { sql } from 'drizzle-orm';
import { quarterLabel } from '../../../domain/checklists/checklists';
import { countyOfficeScope, townshipsOf } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { exchangeMeetingExperiences, exchangeMeetings } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, notifyPresidium, unknownEntry } from './history';

/**
 * The county liaison office records the quarter-end exchange meeting of the township chairs (季度交流会):
 * its day, the exchange and the problems pointed out, the typical experiences picked from the
 * townships' reports of that quarter, and the briefing on next quarter's checklist — which goes to
 * every township's presidium.
 */
export async function recordExchangeMeeting(
  ctx: Ctx,
  o: { year: number; quarter: number; heldOn: string; summary: string; briefing: string; experienceReportIds: number[] },
): Promise<{ id: number }> {
  const scope = await countyOfficeScope(ctx.db, ctx.actor);
  const ids = [...new Set(o.experienceReportIds)];
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    if (ids.length) {
      const found = await queryRows<{ id: number }>(
        tx,
        sql`select r.id from checklist_reports r join checklists c on c.id = r.checklist_id
            where r.id in ${sql`(${sql.join(ids, sql`, `)})`} and r.congress_id = ${scope.countyId}
              and c.year = ${o.year} and c.quarter = ${o.quarter} and r.status <> 'pending'`,
      );
      if (found.length !== ids.length) throw unknownEntry('experience', 'experienceReportIds');
    }
    const [row] = await tx
      .insert(exchangeMeetings)
      .values({
        congressId: scope.countyId,
        year: o.year,
        quarter: o.quarter,
        heldOn: o.heldOn,
        summary: o.summary,
        briefing: o.briefing,
        createdBy: ctx.actor.userId,
        createdAt: nowOf(ctx),
      })
      .returning();
    if (ids.length) await tx.insert(exchangeMeetingExperiences).values(ids.map((r) => ({ exchangeMeetingId: row.id, checklistReportId: r })));
    const label = quarterLabel(o.year, o.quarter);
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'recordExchangeMeeting',
      payload: { meetingId: row.id, quarterLabel: label, heldOn: o.heldOn, experiences: ids.length },
    });
    for (const t of await townshipsOf(tx, scope.countyId)) {
      await notifyPresidium(tx, t.id, {
        type: 'exchangeMeetingRecorded',
        payload: { meetingId: row.id, heldOn: o.heldOn, quarterLabel: label, briefing: o.briefing },
        dedupeKey: `exchangeMeeting:${row.id}:${t.id}`,
      });
    }
    return { id: row.id };
  });
}
