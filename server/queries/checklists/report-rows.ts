/**
 * The township report rows as every page reads them (R-TOWN-1): the entry, the township, what was
 * reported, the light and whether it came late, the evidence files — for a scope and some filters.
 */
import { sql, type SQL } from 'drizzle-orm';
import { ENTRY_TYPE_LABELS, quarterLabel, REPORT_STATUS_LABELS, type EntryType, type ReportStatus } from '../../../domain/checklists/checklists';
import { doneOnTime, ENTRY_LIGHT_LABELS, entryLight, isLate, type EntryLight } from '../../../domain/checklists/light';
import { addDays, todayInShanghai, yearOf } from '../../../domain/deadlines';
import { rate } from '../../../domain/stats';
import { reportsInScope, townshipName, type ChecklistScope } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { loadRules } from '../../rules/rules-profile';

export interface ReportFilters {
  /** one row (reading back a row just reported) */
  reportId?: number;
  year?: number;
  quarter?: number;
  checklistId?: number;
  townshipId?: number;
  status?: ReportStatus;
  light?: EntryLight;
  type?: EntryType;
}

interface Raw {
  id: number;
  checklist_id: number;
  checklist_title: string;
  year: number;
  quarter: number;
  entry_id: number;
  seq: number;
  text: string;
  type: EntryType;
  evidence_rule: string;
  due_on: string;
  township_id: number;
  township_name: string;
  status: ReportStatus;
  note: string | null;
  reported_on: string | null;
  first_reported_on: string | null;
  done_on: string | null;
  reported_by_name: string | null;
  version: number;
  evidence: { id: number; filename: string; mimeType: string; size: number; uploadedByName: string | null; createdAt: string }[];
}

export type ReportView = ReturnType<typeof toView>;

/**
 * The light rule of domain/checklists/light.ts in SQL, for filtering by light (the rows' own light is
 * computed by entryLight itself).
 */
function lightSql(today: string, yellowDays: number): SQL {
  return sql`case when checklist_reports.status = 'done' then 'green'
                  when checklist_entries.due_on < ${today}::date then 'red'
                  when checklist_entries.due_on <= ${addDays(today, yellowDays)}::date then 'yellow'
                  else 'none' end`;
}

/** The yellow days of the county's rules profile for this year (规则配置: 黄灯提前天数). */
export async function yellowDaysOf(db: Db, countyId: number, today: string): Promise<number> {
  return (await loadRules(db, countyId, yearOf(today))).values.yellowDays;
}

/** The report rows of a scope (issued checklists only), soonest due first; `limit` caps them. */
export async function reportRows(db: Db, scope: ChecklistScope, f: ReportFilters, o: { now?: Date; limit?: number } = {}) {
  const today = todayInShanghai(o.now);
  const yellowDays = await yellowDaysOf(db, scope.countyId, today);
  const where: SQL[] = [reportsInScope(scope), sql`checklists.state = 'issued'`];
  if (f.reportId) where.push(sql`checklist_reports.id = ${f.reportId}`);
  if (f.year) where.push(sql`checklists.year = ${f.year}`);
  if (f.quarter) where.push(sql`checklists.quarter = ${f.quarter}`);
  if (f.checklistId) where.push(sql`checklists.id = ${f.checklistId}`);
  if (f.townshipId) where.push(sql`checklist_reports.township_congress_id = ${f.townshipId}`);
  if (f.status) where.push(sql`checklist_reports.status = ${f.status}`);
  if (f.type) where.push(sql`checklist_entries.type = ${f.type}`);
  if (f.light) where.push(sql`${lightSql(today, yellowDays)} = ${f.light}`);
  const rows = await queryRows<Raw & { total: number }>(
    db,
    sql`select checklist_reports.id, checklists.id as checklist_id, checklists.title as checklist_title, checklists.year, checklists.quarter,
          checklist_entries.id as entry_id, checklist_entries.seq, checklist_entries.text, checklist_entries.type,
          checklist_entries.evidence as evidence_rule, checklist_entries.due_on::text as due_on,
          t.id as township_id, t.name as township_name, checklist_reports.status, checklist_reports.note,
          checklist_reports.reported_on::text as reported_on, checklist_reports.first_reported_on::text as first_reported_on,
          checklist_reports.done_on::text as done_on, checklist_reports.reported_by_name, checklist_reports.version,
          coalesce((select json_agg(json_build_object('id', f.id, 'filename', f.filename, 'mimeType', f.mime_type, 'size', f.size,
                      'uploadedByName', f.uploaded_by_name, 'createdAt', f.created_at) order by f.id)
                    from evidence_files f where f.checklist_report_id = checklist_reports.id), '[]'::json) as evidence,
          count(*) over ()::int as total
        from checklist_reports
        join checklists on checklists.id = checklist_reports.checklist_id
        join checklist_entries on checklist_entries.id = checklist_reports.checklist_entry_id
        join congresses t on t.id = checklist_reports.township_congress_id
        where ${sql.join(where, sql` and `)}
        order by checklist_entries.due_on, checklists.id, checklist_entries.seq, t.id
        limit ${o.limit ?? 5000}`,
  );
  return { rows: rows.map((r) => toView(r, today, yellowDays)), total: rows[0]?.total ?? 0, yellowDays, today };
}

function toView(r: Raw, today: string, yellowDays: number) {
  const { light, daysLeft } = entryLight({ status: r.status, dueOn: r.due_on, today, yellowDays });
  const timing = { status: r.status, dueOn: r.due_on, doneOn: r.done_on, firstReportedOn: r.first_reported_on };
  return {
    id: r.id,
    checklistId: r.checklist_id,
    checklistTitle: r.checklist_title,
    quarterLabel: quarterLabel(r.year, r.quarter),
    entryId: r.entry_id,
    entrySeq: r.seq,
    entryText: r.text,
    entryType: r.type,
    entryTypeLabel: ENTRY_TYPE_LABELS[r.type],
    evidenceRule: r.evidence_rule,
    dueOn: r.due_on,
    township: { id: r.township_id, name: townshipName(r.township_name) },
    status: r.status,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    note: r.note,
    reportedOn: r.reported_on,
    doneOn: r.done_on,
    reportedByName: r.reported_by_name,
    light,
    lightLabel: ENTRY_LIGHT_LABELS[light],
    daysLeft,
    late: isLate(timing),
    onTime: doneOnTime(timing),
    evidence: r.evidence,
    version: r.version,
  };
}

/** The counts the pages show of a set of rows: done (on time, late), in progress, not done, pending, red, yellow, completion rate. */
export function countsOf(rows: readonly ReportView[]) {
  const n = (p: (r: ReportView) => boolean) => rows.filter(p).length;
  const done = n((r) => r.status === 'done');
  return {
    total: rows.length,
    done,
    onTime: n((r) => r.onTime),
    late: n((r) => r.late),
    inProgress: n((r) => r.status === 'inProgress'),
    notDone: n((r) => r.status === 'notDone'),
    pending: n((r) => r.status === 'pending'),
    red: n((r) => r.light === 'red'),
    yellow: n((r) => r.light === 'yellow'),
    completionRate: rate(done, rows.length),
  };
}
