/**
 * Deputies' duty records and points (代表履职, R-DUTY-1, R-LINE-4, seed 002): each deputy's yearly
 * targets, the records that meet them — counted by the system (suggestions submitted, problems reported
 * through the hotline channel) or entered with evidence by the liaison office, a delegation or a
 * liaison station — and the points a congress's rulebook gives them, capped per year. Pure.
 */

/** R-DUTY-1: the seven yearly duties, each at least once a year. */
export const DUTY_KINDS = [
  'research', // 调研一个问题
  'plenarySpeech', // 作一次大会审议发言
  'suggestion', // 提交一件建议 (counted from the deputy's suggestions)
  'hotlineCall', // 拨打一次12345热线 (counted from the hotline channel's work orders)
  'groupActivity', // 参加一次小组活动
  'stationDuty', // 进驻一个联络站
  'dutyReport', // 报告一次履职情况
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export const DUTY_KIND_LABELS: Record<DutyKind, string> = {
  research: '调研一个问题',
  plenarySpeech: '大会审议发言',
  suggestion: '提交建议',
  hotlineCall: '通过专线反映问题',
  groupActivity: '参加小组活动',
  stationDuty: '进驻联络站',
  dutyReport: '报告履职情况',
};

/** The duties the system counts itself; the others are entered with evidence. */
export const COUNTED_DUTY_KINDS: readonly DutyKind[] = ['suggestion', 'hotlineCall'];
export const ENTERED_DUTY_KINDS: readonly DutyKind[] = DUTY_KINDS.filter((k) => !COUNTED_DUTY_KINDS.includes(k));

/** One line of a points rulebook: so many points per record of a kind, at most `cap` a year (null: no cap). */
export interface PointRule {
  kind: DutyKind;
  points: number;
  cap: number | null;
}

/**
 * The default rulebook: the seed's rule for the channel (每条积1分，累计最高积5分, R-LINE-4), and one point per
 * record of the other duties, capped at five a year — a congress edits its own per year.
 */
export const DEFAULT_POINT_RULES: readonly PointRule[] = DUTY_KINDS.map((kind) => ({ kind, points: 1, cap: 5 }));

/** Each kind's points for `counts` records of it under `rules`, and the total (R-LINE-4: the cap bites). */
export function pointsFor(counts: Partial<Record<DutyKind, number>>, rules: readonly PointRule[]): { byKind: Record<DutyKind, number>; total: number } {
  const byKind = Object.fromEntries(DUTY_KINDS.map((k) => [k, 0])) as Record<DutyKind, number>;
  for (const r of rules) {
    const raw = (counts[r.kind] ?? 0) * r.points;
    byKind[r.kind] = r.cap === null ? raw : Math.min(raw, r.cap);
  }
  const total = DUTY_KINDS.reduce((n, k) => n + byKind[k], 0);
  return { byKind, total };
}

/** The targets a deputy has not met this year (each duty at least once). */
export function targetsShort(counts: Partial<Record<DutyKind, number>>): DutyKind[] {
  return DUTY_KINDS.filter((k) => (counts[k] ?? 0) < 1);
}

/**
 * Seed 002: a deputy who reported nothing through the hotline in the year is not recommended as an
 * excellent deputy or for re-election (年内没有通过热线反映社情民意的代表不推荐为优秀代表和连任代表).
 */
export function notRecommendable(counts: Partial<Record<DutyKind, number>>): boolean {
  return (counts.hotlineCall ?? 0) < 1;
}
