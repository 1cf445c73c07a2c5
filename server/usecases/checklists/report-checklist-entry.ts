import { sql } from 'drizzle-orm';
import { REPORT_STATUS_LABELS, type ReportedStatus } from '../../../domain/checklists/checklists';
import { checkChecklistTransition } from '../../../domain/checklists/transitions';
import { todayInShanghai } from '../../../domain/deadlines';
import { domainError, forbidden } from '../../../domain/errors';
import { checklistScope, readReport } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, casReport } from './history';

/**
 * A township's presidium reports one entry of its own township: 完成 / 推进中 / 未完成 with a short
 * text (and may report again as the work moves on). The day it is reported is kept, the first
 * report's day and the day it was reported done too, so that a late report stands out.
 */
export async function reportChecklistEntry(ctx: Ctx, o: { checklistReportId: number; version: number; status: ReportedStatus; note: string }) {
  const scope = await checklistScope(ctx.db, ctx.actor);
  if (scope.townshipId === null) throw forbidden('ownTownshipOnly');
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const current = await readReport(tx, scope, o.checklistReportId, true);
    checkChecklistTransition('reportChecklistEntry', current.status, ctx.actor.role, o.status);
    // The entry's number and whether its year's assessment is finalized, in one round trip.
    const [entry] = await queryRows<{ seq: number; year: number; assessed: boolean }>(
      tx,
      sql`select e.seq, c.year, exists (select 1 from township_assessments a where a.congress_id = c.congress_id and a.year = c.year and a.state = 'finalized') as assessed
          from checklist_entries e join checklists c on c.id = e.checklist_id where e.id = ${current.checklistEntryId}`,
    );
    if (entry.assessed) throw domainError('CHECKLIST_YEAR_ASSESSED', { year: entry.year });
    const at = nowOf(ctx);
    const today = todayInShanghai(at);
    const row = await casReport(tx, current, o.version, {
      status: o.status,
      note: o.note,
      reportedAt: at,
      reportedOn: today,
      firstReportedOn: current.firstReportedOn ?? today,
      // The day it became done; reported done again, it keeps that day.
      doneOn: o.status === 'done' ? (current.status === 'done' ? current.doneOn : today) : null,
      reportedBy: ctx.actor.userId,
      reportedByName: ctx.actor.name,
    });
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'reportChecklistEntry',
      checklistId: current.checklistId,
      checklistReportId: current.id,
      townshipId: current.townshipCongressId,
      fromState: current.status,
      toState: o.status,
      payload: { seq: entry.seq, status: o.status, statusLabel: REPORT_STATUS_LABELS[o.status], note: o.note },
    });
    return row;
  });
}
