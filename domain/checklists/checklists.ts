import { addMonths, type IsoDate } from '../deadlines';

/*
 * The county's quarterly guidance checklists for its townships (乡镇人大工作指导清单, R-TOWN-1): the
 * states of a checklist and of each township's report on one entry, their Chinese labels, and the
 * pure rules of copying a checklist into another quarter. Code names follow ../../../shared/glossary.md.
 */

/** A checklist is drafted, then issued (下发) to its townships; only a draft is edited or deleted. */
export const CHECKLIST_STATES = ['draft', 'issued'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];
export const CHECKLIST_STATE_LABELS: Record<ChecklistState, string> = { draft: '草稿', issued: '已下发' };

/** The three kinds of entry (法定事项 / 代表工作 / 中心工作; glossary: statutory / deputyWork / centralWork). */
export const ENTRY_TYPES = ['statutory', 'deputyWork', 'centralWork'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];
export const ENTRY_TYPE_LABELS: Record<EntryType, string> = { statutory: '法定事项', deputyWork: '代表工作', centralWork: '中心工作' };

/**
 * A township's report on one entry: not yet reported (待报送), then 完成 / 推进中 / 未完成 as the
 * township presidium reports it (and may report again as the work moves on).
 */
export const REPORT_STATUSES = ['pending', 'done', 'inProgress', 'notDone'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { pending: '待报送', done: '完成', inProgress: '推进中', notDone: '未完成' };
/** What a township may report (pending is only the state before its first report). */
export const REPORTED_STATUSES = ['done', 'inProgress', 'notDone'] as const satisfies readonly ReportStatus[];
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];
export const QUARTER_LABELS: Record<Quarter, string> = { 1: '第一季度', 2: '第二季度', 3: '第三季度', 4: '第四季度' };

/** 2025年第一季度 */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}年${QUARTER_LABELS[quarter as Quarter] ?? `第${quarter}季度`}`;
}

/** The months from one quarter to another (2025 Q1 → 2026 Q1: 12). */
export function monthsBetweenQuarters(from: { year: number; quarter: number }, to: { year: number; quarter: number }): number {
  return (to.year * 4 + to.quarter - (from.year * 4 + from.quarter)) * 3;
}

/**
 * A copied entry's due date: moved by as many months as the checklist moves quarters, so last year's
 * same quarter moves by a year (2025-03-31 → 2026-03-31); a day the target month lacks becomes its
 * last day (2024-02-29 → 2025-02-28).
 */
export function shiftDue(due: IsoDate, from: { year: number; quarter: number }, to: { year: number; quarter: number }): IsoDate {
  return addMonths(due, monthsBetweenQuarters(from, to));
}
