/** The checklists a viewer sees: the list of a year with each one's progress, and one checklist in full (R-TOWN-1). */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { CHECKLIST_STATE_LABELS, ENTRY_TYPE_LABELS, quarterLabel, type ChecklistState, type EntryType } from '../../../domain/checklists/checklists';
import { INDICATOR_LABELS, type IndicatorKey } from '../../../domain/checklists/scoring';
import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import type { Actor } from '../../auth/actor';
import { checklistScope, checklistsInScope, readChecklist, townshipName, townshipsOf, type ChecklistScope } from '../../auth/checklist-scope';
import { forbidden, notFound } from '../../../domain/errors';
import { queryRows, type Db } from '../../db/client';
import { checklistEntries, checklists } from '../../db/schema';
import { listEvents } from './events';
import { countsOf, reportRows, type ReportFilters, type ReportView } from './report-rows';

type ChecklistRow = typeof checklists.$inferSelect;

/** Whether the actor is the liaison office of a county congress (who issues and edits). */
export async function isCountyOffice(db: Db, actor: Actor): Promise<boolean> {
  if (actor.role !== 'liaisonOffice' || actor.congressId === null) return false;
  const [c] = await queryRows<{ level: string }>(db, sql`select level from congresses where id = ${actor.congressId}`);
  return c?.level === 'county';
}

async function summaries(db: Db, rows: ChecklistRow[], reports: ReportView[]) {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const counts = await queryRows<{ id: number; entries: number; townships: number; from_title: string | null }>(
    db,
    sql`select c.id, (select count(*)::int from checklist_entries e where e.checklist_id = c.id) as entries,
          (select count(*)::int from checklist_townships t where t.checklist_id = c.id) as townships,
          (select f.title from checklists f where f.id = c.copied_from_id and f.congress_id = c.congress_id) as from_title
        from checklists c where c.id in ${sql`(${sql.join(ids, sql`, `)})`}`,
  );
  const byId = new Map(counts.map((c) => [c.id, c]));
  return rows.map((r) => {
    const c = byId.get(r.id)!;
    return {
      id: r.id,
      year: r.year,
      quarter: r.quarter,
      quarterLabel: quarterLabel(r.year, r.quarter),
      title: r.title,
      state: r.state as ChecklistState,
      stateLabel: CHECKLIST_STATE_LABELS[r.state as ChecklistState],
      version: r.version,
      entries: c.entries,
      townships: c.townships,
      createdAt: r.createdAt,
      issuedAt: r.issuedAt,
      copiedFrom: r.copiedFromId && c.from_title ? { id: r.copiedFromId, title: c.from_title } : null,
      progress: countsOf(reports.filter((x) => x.checklistId === r.id)),
    };
  });
}

/** The years with checklists in the scope, and this year, newest first. */
async function yearsOf(db: Db, scope: ChecklistScope, now?: Date): Promise<number[]> {
  const rows = await db.selectDistinct({ year: checklists.year }).from(checklists).where(checklistsInScope(scope));
  return [...new Set([yearOf(todayInShanghai(now)), ...rows.map((r) => r.year)])].sort((a, b) => b - a);
}

/** GET /api/checklists — a year's checklists (default: this year), the latest quarter first, each with the viewer's progress. */
export async function listChecklists(db: Db, actor: Actor, q: { year?: number }, now?: Date) {
  const scope = await checklistScope(db, actor);
  const years = await yearsOf(db, scope, now);
  const year = q.year ?? years[0];
  const rows = await db
    .select()
    .from(checklists)
    .where(and(checklistsInScope(scope), eq(checklists.year, year)))
    .orderBy(desc(checklists.quarter), desc(checklists.id));
  const { rows: reports } = await reportRows(db, scope, { year }, { now });
  return { checklists: await summaries(db, rows, reports), years, mayIssue: await isCountyOffice(db, actor) };
}

/** GET /api/checklists/:checklistId — the checklist, its entries, the rows the viewer sees and its history. */
export async function getChecklist(db: Db, actor: Actor, checklistId: number, now?: Date) {
  const scope = await checklistScope(db, actor);
  const c = await readChecklist(db, scope, checklistId);
  const entries = await db.select().from(checklistEntries).where(eq(checklistEntries.checklistId, c.id)).orderBy(asc(checklistEntries.seq));
  const { rows: reports, yellowDays } = await reportRows(db, scope, { checklistId: c.id }, { now });
  const [summary] = await summaries(db, [c], reports);
  const towns = await queryRows<{ id: number; name: string }>(
    db,
    sql`select g.id, g.name from checklist_townships t join congresses g on g.id = t.township_congress_id
        where t.checklist_id = ${c.id} ${scope.townshipId === null ? sql`` : sql`and g.id = ${scope.townshipId}`} order by g.id`,
  );
  const townshipList = towns.map((t) => ({ id: t.id, name: townshipName(t.name) }));
  const own = scope.townshipId === null ? sql`true` : sql`(e.township_congress_id = ${scope.townshipId} or e.type = 'issueChecklist')`;
  const events = await listEvents(db, scope.countyId, sql`e.checklist_id = ${c.id} and ${own}`);
  const office = await isCountyOffice(db, actor);
  return {
    checklist: { ...summary, townshipList },
    entries: entries.map((e) => ({
      id: e.id,
      seq: e.seq,
      type: e.type as EntryType,
      typeLabel: ENTRY_TYPE_LABELS[e.type as EntryType],
      text: e.text,
      dueOn: e.dueOn,
      evidence: e.evidence,
      indicator: e.indicator as IndicatorKey | null,
      indicatorLabel: e.indicator ? INDICATOR_LABELS[e.indicator as IndicatorKey] : null,
    })),
    reports,
    events,
    mayEdit: office && c.state === 'draft',
    mayReport: scope.townshipId !== null,
    yellowDays,
  };
}

/** GET /api/checklist-reports — the rows the viewer sees, narrowed by the filters (at most 1,000). */
export async function listReports(db: Db, actor: Actor, f: ReportFilters, now?: Date) {
  const scope = await checklistScope(db, actor);
  const { rows, total, yellowDays } = await reportRows(db, scope, f, { now, limit: 1000 });
  return { rows, total, yellowDays };
}

/** One report row as the viewer sees it (after a report). */
export async function getReport(db: Db, actor: Actor, reportId: number, now?: Date) {
  const scope = await checklistScope(db, actor);
  const { rows } = await reportRows(db, scope, { reportId }, { now });
  if (!rows[0]) throw notFound('清单事项报送');
  return rows[0];
}

/** GET /api/checklists/townships — the county's townships (the county's office and leaders). */
export async function listTownships(db: Db, actor: Actor) {
  const scope = await checklistScope(db, actor);
  if (scope.townshipId !== null) throw forbidden();
  return { townships: await townshipsOf(db, scope.countyId) };
}
