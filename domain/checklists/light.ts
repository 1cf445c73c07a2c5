import { diffDays, type IsoDate } from '../deadlines';
import type { ReportStatus } from './checklists';

/*
 * The light of one township's report on one entry, and whether it came late (R-TOWN-1, with the
 * deadline lights of R-SUP-1): what the county's matrix, the township's own list and the dashboard show.
 */

/** green: reported done · yellow: not done and due within the rules profile's yellowDays · red: past due and not done · none: not due soon. */
export const ENTRY_LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type EntryLight = (typeof ENTRY_LIGHTS)[number];
export const ENTRY_LIGHT_LABELS: Record<EntryLight, string> = { green: '已完成', yellow: '临近期限', red: '已超期未完成', none: '未到期' };

export interface EntryLightInput {
  status: ReportStatus;
  dueOn: IsoDate;
  today: IsoDate;
  /** the county's rules profile (规则配置 黄灯提前天数) */
  yellowDays: number;
}

/**
 * A report reported done is green (late or not: lateness is shown beside it); one not done is red
 * once its due date has passed, yellow when at most `yellowDays` days are left (the due day
 * included), else it has no light yet.
 */
export function entryLight(i: EntryLightInput): { light: EntryLight; daysLeft: number } {
  const daysLeft = diffDays(i.today, i.dueOn);
  if (i.status === 'done') return { light: 'green', daysLeft };
  if (daysLeft < 0) return { light: 'red', daysLeft };
  if (daysLeft <= i.yellowDays) return { light: 'yellow', daysLeft };
  return { light: 'none', daysLeft };
}

export interface TimingInput {
  status: ReportStatus;
  dueOn: IsoDate;
  /** the day the row was last reported done (null when it is not done) */
  doneOn: IsoDate | null;
  /** the day of the township's first report on the row (null: not reported yet) */
  firstReportedOn: IsoDate | null;
}

/**
 * Whether a township reported late (逾期报送): a row done after its due date, or one whose first
 * report (whatever it said) came after the due date. A row not yet reported is not "late" but red.
 */
export function isLate(i: TimingInput): boolean {
  if (i.status === 'done' && i.doneOn) return i.doneOn > i.dueOn;
  return i.firstReportedOn !== null && i.firstReportedOn > i.dueOn;
}

/** Done on or before its due date: what the annual assessment counts (scoring.ts). */
export function doneOnTime(i: Pick<TimingInput, 'status' | 'dueOn' | 'doneOn'>): boolean {
  return i.status === 'done' && i.doneOn !== null && i.doneOn <= i.dueOn;
}
