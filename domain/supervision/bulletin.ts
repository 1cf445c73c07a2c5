import { addDays } from '../deadlines';
import { rate } from '../stats';

/**
 * R-SUP-4 progress bulletins (通报): completion by unit, the lead part
 * (主办/单办/分办) and the co-handling part (会办) counted separately
 * (R-CO-2), naming the units behind schedule.
 */

/** One unit's raw counts as of the bulletin's date. */
export interface UnitTaskCounts {
  unitId: number;
  unitName: string;
  isGovernment: boolean;
  /** tasks as lead, single or split unit */
  leadTasks: number;
  /** of them, with the first reply sent */
  leadReplied: number;
  /** of them, the first reply sent by the reply deadline */
  leadOnTime: number;
  /** of them, not replied and past the unit's deadline while the item is open */
  leadOverdue: number;
  /** tasks as co-handler */
  coTasks: number;
  /** of them, with the co-handling opinion sent */
  coSent: number;
  /** of them, no opinion yet and past the co-handling deadline while the item is open */
  coOverdue: number;
}

export interface LeadFigures {
  tasks: number;
  replied: number;
  replyRate: number | null;
  onTime: number;
  onTimeRate: number | null;
  overdue: number;
}
export interface CoFigures {
  tasks: number;
  sent: number;
  sentRate: number | null;
  overdue: number;
}

export interface BulletinUnitRow {
  unitId: number;
  unitName: string;
  isGovernment: boolean;
  lead: LeadFigures;
  co: CoFigures;
  /** any overdue open task, lead or co */
  behindSchedule: boolean;
}

export interface BulletinContent {
  sessionId: number;
  sessionName: string;
  asOf: string;
  /** 'YYYY-MM' of a scheduled (monthly) bulletin; null when generated on demand */
  scheduledMonth: string | null;
  totals: { lead: LeadFigures; co: CoFigures; units: number; unitsBehind: number };
  units: BulletinUnitRow[];
  /** the units behind schedule, most overdue tasks first */
  behind: { unitId: number; unitName: string; leadOverdue: number; coOverdue: number }[];
}

function lead(c: Pick<UnitTaskCounts, 'leadTasks' | 'leadReplied' | 'leadOnTime' | 'leadOverdue'>): LeadFigures {
  return {
    tasks: c.leadTasks,
    replied: c.leadReplied,
    replyRate: rate(c.leadReplied, c.leadTasks),
    onTime: c.leadOnTime,
    onTimeRate: rate(c.leadOnTime, c.leadReplied),
    overdue: c.leadOverdue,
  };
}
function co(c: Pick<UnitTaskCounts, 'coTasks' | 'coSent' | 'coOverdue'>): CoFigures {
  return { tasks: c.coTasks, sent: c.coSent, sentRate: rate(c.coSent, c.coTasks), overdue: c.coOverdue };
}

/**
 * The bulletin's figures from each unit's counts: rates per unit and in
 * total (reply rate of lead tasks, on-time share of the replies, opinion
 * rate of co tasks), and the units behind schedule — those with an overdue
 * open task, lead or co — named most-overdue first.
 */
export function buildBulletinContent(o: {
  sessionId: number;
  sessionName: string;
  asOf: string;
  scheduledMonth: string | null;
  counts: UnitTaskCounts[];
}): BulletinContent {
  const units = [...o.counts]
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'))
    .map((c) => ({
      unitId: c.unitId,
      unitName: c.unitName,
      isGovernment: c.isGovernment,
      lead: lead(c),
      co: co(c),
      behindSchedule: c.leadOverdue + c.coOverdue > 0,
    }));
  const sum = (k: keyof Omit<UnitTaskCounts, 'unitId' | 'unitName' | 'isGovernment'>) => o.counts.reduce((a, c) => a + c[k], 0);
  const behind = o.counts
    .filter((c) => c.leadOverdue + c.coOverdue > 0)
    .sort((a, b) => b.leadOverdue + b.coOverdue - (a.leadOverdue + a.coOverdue) || a.unitName.localeCompare(b.unitName, 'zh-CN'))
    .map((c) => ({ unitId: c.unitId, unitName: c.unitName, leadOverdue: c.leadOverdue, coOverdue: c.coOverdue }));
  return {
    sessionId: o.sessionId,
    sessionName: o.sessionName,
    asOf: o.asOf,
    scheduledMonth: o.scheduledMonth,
    totals: {
      lead: lead({ leadTasks: sum('leadTasks'), leadReplied: sum('leadReplied'), leadOnTime: sum('leadOnTime'), leadOverdue: sum('leadOverdue') }),
      co: co({ coTasks: sum('coTasks'), coSent: sum('coSent'), coOverdue: sum('coOverdue') }),
      units: units.length,
      unitsBehind: behind.length,
    },
    units,
    behind,
  };
}

/** A bulletin's issue number (期号): 2026年第3期 — sequential per congress and year (R-SUP-4). */
export function bulletinNumber(year: number, seq: number): string {
  return `${year}年第${seq}期`;
}

/** A bulletin's title: the session and the date its figures are of. */
export function bulletinTitle(sessionName: string, asOf: string): string {
  const [y, m, d] = asOf.split('-').map(Number);
  return `${sessionName}代表建议办理进度通报（截至${y}年${m}月${d}日）`;
}

/**
 * R-SUP-4 the scheduled bulletin: the day, among the slot's date up to
 * today (a run caught up after downtime covers the days it missed), that is
 * the month's bulletin day; null when none is (or the profile sets 0: none).
 */
export function bulletinDayIn(fromDate: string, today: string, dayOf: (date: string) => number): string | null {
  if (fromDate > today) fromDate = today;
  let d = fromDate;
  for (let i = 0; i < 62 && d <= today; i++) {
    const day = dayOf(d);
    if (day > 0 && Number(d.slice(8, 10)) === day) return d;
    d = addDays(d, 1);
  }
  return null;
}
