import type { EntryType } from './checklists';

/*
 * The annual assessment of the townships' congress work (乡镇人大工作年度考核, R-TOWN-1): the seed's
 * indicators (华容县《乡镇绩效考核办法》涉人大考核指标), how each is scored automatically, bonus and
 * deduction items, the total and the ranking. Pure: the server gathers the counts, this scores them.
 *
 * The automatic rules (a county may always replace an automatic score by hand, with a reason):
 * - An indicator fed by checklist entries scores the share of the township's entries that count
 *   towards it (the entries the county tagged with the indicator, in the year's issued checklists,
 *   once due or done: an entry not yet due does not lower the score so far) done on or before
 *   their due date, times the indicator's points:
 *   `points × onTime ÷ entries`, to one decimal. A township with no such entry has no automatic
 *   score (须人工评分). Each indicator names the entry type it matches; the checklist editor tags
 *   a new entry of that type with it by default.
 * - 办理乡镇人大代表建议 scores from the township congress's own suggestions of the year in this
 *   system: half the points for the reply rate (replied ÷ assigned), half for the satisfaction rate
 *   ((满意 + 基本满意) ÷ evaluated); while none is evaluated yet, the reply rate counts for all the
 *   points. No suggestion assigned: no automatic score.
 * - Bonus items add up to the scheme's cap; deduction items subtract without a cap; a total never
 *   falls below zero. Totals rank highest first; equal totals share a rank (1, 2, 2, 4).
 */

export const INDICATOR_KEYS = [
  'statutoryMeetings',
  'livelihoodVoting',
  'liaisonStations',
  'deputyActivities',
  'townshipSuggestions',
  'filingAndLegislation',
  'publicity',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** Where an indicator's automatic score comes from. */
export type IndicatorSource = 'entries' | 'suggestions';

export interface IndicatorDef {
  label: string;
  source: IndicatorSource;
  /** the entry type whose new entries count towards it by default (null: none by default) */
  entryType: EntryType | null;
  defaultPoints: number;
  /** what the assessors check (计分细则的佐证要求) */
  defaultEvidenceRule: string;
}

export const INDICATORS: Record<IndicatorKey, IndicatorDef> = {
  statutoryMeetings: {
    label: '召开法定会议',
    source: 'entries',
    entryType: 'statutory',
    defaultPoints: 20,
    defaultEvidenceRule: '依法按期召开乡镇人民代表大会会议和主席团会议：查会议通知、议程、决议决定文本和会议记录',
  },
  livelihoodVoting: {
    label: '民生实事票决制',
    source: 'entries',
    entryType: null,
    defaultPoints: 15,
    defaultEvidenceRule: '民生实事项目由人大代表票决产生并跟踪监督实施：查征集公告、票决会议记录、项目清单和监督台账',
  },
  liaisonStations: {
    label: '代表联络站建管用',
    source: 'entries',
    entryType: null,
    defaultPoints: 15,
    defaultEvidenceRule: '代表联络站有场所、有制度、有活动，代表定期进站接待选民：查接待登记、问题交办和反馈台账',
  },
  deputyActivities: {
    label: '组织代表开展活动',
    source: 'entries',
    entryType: 'deputyWork',
    defaultPoints: 15,
    defaultEvidenceRule: '组织代表开展视察、调研、执法检查、述职评议等活动：查活动方案、签到表、图片和总结',
  },
  townshipSuggestions: {
    label: '办理乡镇人大代表建议',
    source: 'suggestions',
    entryType: null,
    defaultPoints: 15,
    defaultEvidenceRule: '乡镇人大代表建议按期答复、代表满意：按本系统中本乡镇代表建议的答复率和满意率计分',
  },
  filingAndLegislation: {
    label: '规范性文件报备与基层立法联系',
    source: 'entries',
    entryType: null,
    defaultPoints: 10,
    defaultEvidenceRule: '乡镇规范性文件按规定报县人大常委会备案，做好基层立法联系点意见征集：查报备文件和征集记录',
  },
  publicity: {
    label: '宣传报道',
    source: 'entries',
    entryType: null,
    defaultPoints: 10,
    defaultEvidenceRule: '在县级以上媒体和平台宣传乡镇人大工作和代表履职：查刊发稿件和链接',
  },
};

/** The indicators in the seed's order, with their Chinese names. */
export const INDICATOR_LABELS: Record<IndicatorKey, string> = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, INDICATORS[k].label])) as Record<
  IndicatorKey,
  string
>;

/** The indicator a new entry of `type` counts towards unless the county picks another (or none). */
export function defaultIndicatorFor(type: EntryType): IndicatorKey | null {
  return INDICATOR_KEYS.find((k) => INDICATORS[k].source === 'entries' && INDICATORS[k].entryType === type) ?? null;
}

/** The states of a year's assessment: scored while a draft, its scores and ranking fixed once finalized (定稿). */
export const ASSESSMENT_STATES = ['draft', 'finalized'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];
export const ASSESSMENT_STATE_LABELS: Record<AssessmentState, string> = { draft: '评分中', finalized: '已定稿' };

export const ADJUSTMENT_KINDS = ['bonus', 'deduction'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_KIND_LABELS: Record<AdjustmentKind, string> = { bonus: '加分', deduction: '扣分' };

/** Points to one decimal (the score sheet's precision). */
export const roundPoints = (x: number): number => Math.round(x * 10) / 10;

/** An entries-fed indicator: `points × onTime ÷ entries`; null when the township had no such entry. */
export function entriesScore(c: { entries: number; onTime: number }, points: number): number | null {
  if (c.entries <= 0) return null;
  return roundPoints((points * Math.min(c.onTime, c.entries)) / c.entries);
}

export interface SuggestionFigures {
  assigned: number;
  replied: number;
  /** 满意 + 基本满意 */
  satisfied: number;
  evaluated: number;
}

/** 办理乡镇人大代表建议: half for the reply rate, half for satisfaction (all for the reply rate while none is evaluated); null with nothing assigned. */
export function suggestionsScore(f: SuggestionFigures, points: number): number | null {
  if (f.assigned <= 0) return null;
  const replyShare = Math.min(f.replied, f.assigned) / f.assigned;
  if (f.evaluated <= 0) return roundPoints(points * replyShare);
  const satisfiedShare = Math.min(f.satisfied, f.evaluated) / f.evaluated;
  return roundPoints(points * (replyShare / 2 + satisfiedShare / 2));
}

export interface IndicatorScore {
  auto: number | null;
  /** set by hand (with a reason), replaces the automatic score */
  manual: number | null;
}

/** The points that count for an indicator: the manual score when set, else the automatic one, else 0. */
export const countedPoints = (s: IndicatorScore): number => s.manual ?? s.auto ?? 0;

/** A township's total: its indicators' points, bonuses up to the cap, minus deductions; never below 0. */
export function totalScore(o: { indicators: IndicatorScore[]; bonuses: number[]; deductions: number[]; bonusCap: number }): {
  indicators: number;
  bonus: number;
  deduction: number;
  total: number;
} {
  const indicators = roundPoints(o.indicators.reduce((a, s) => a + countedPoints(s), 0));
  const bonus = roundPoints(
    Math.min(
      o.bonuses.reduce((a, b) => a + b, 0),
      o.bonusCap,
    ),
  );
  const deduction = roundPoints(o.deductions.reduce((a, b) => a + b, 0));
  return { indicators, bonus, deduction, total: roundPoints(Math.max(0, indicators + bonus - deduction)) };
}

/** Ranks by total, highest first; equal totals share a rank (1, 2, 2, 4) and keep the given order among them. */
export function rankByTotal<T extends { total: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.total - a.r.total || a.i - b.i);
  let rank = 0;
  return sorted.map(({ r }, i) => {
    if (i === 0 || r.total !== sorted[i - 1].r.total) rank = i + 1;
    return { ...r, rank };
  });
}
