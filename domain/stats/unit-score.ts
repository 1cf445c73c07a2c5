/**
 * R-STAT-2 unit score (绩效考核): a weighted score from six components, each
 * a numerator over a denominator, minus a capped deduction for lateness, and
 * the ranking of units. Pure: the server gathers the counts, this scores them.
 *
 * Decisions (documented in README):
 * - Co-handling counts like leading (R-CO-2): the counts the server passes
 *   include a unit's co-handling tasks (co-opinions on time, returned or not).
 * - A component with nothing to count (denominator 0) is *not applicable*:
 *   it earns no points and its weight leaves the base, and the sum of the
 *   applicable components is scaled back to the full 100 (a unit that had no
 *   public reply to publish is neither rewarded nor punished for it).
 *   A unit with no applicable component at all has no score and no rank.
 * - Visit rate is scored against the R-TALK-3 target for the unit's number
 *   of items (lead and co, R-CO-2): full points at or above the target,
 *   proportionally below it.
 */
import { rate } from './shares';

export const UNIT_SCORE_COMPONENTS = ['timeliness', 'quality', 'satisfaction', 'contact', 'visit', 'publication'] as const;
export type UnitScoreComponent = (typeof UNIT_SCORE_COMPONENTS)[number];

export const UNIT_SCORE_COMPONENT_LABELS: Record<UnitScoreComponent, string> = {
  timeliness: '按期办理',
  quality: '答复质量',
  satisfaction: '代表满意',
  contact: '沟通联系',
  visit: '见面走访',
  publication: '答复公开',
};

/** What each component's numerator and denominator count (shown beside the figures). */
export const UNIT_SCORE_COMPONENT_HELP: Record<UnitScoreComponent, string> = {
  timeliness: '按期发出的答复和会办意见 ÷ 已到期或已办的答复和会办意见',
  quality: '未被退回重办的答复和会办意见 ÷ 已提交的答复和会办意见',
  satisfaction: '满意和基本满意的评价 ÷ 全部评价（本轮）',
  contact: '有沟通联系记录的件 ÷ 承办（含会办）件',
  visit: '有见面走访的件 ÷ 承办（含会办）件，对照走访率目标',
  publication: '按期公开的答复 ÷ 应公开（已到公开期限或已公开）的公开答复',
};

export interface UnitScoreWeights {
  timeliness: number;
  quality: number;
  satisfaction: number;
  contact: number;
  visit: number;
  publication: number;
  lateDeductionPerItem: number;
  lateDeductionMax: number;
}

export interface Fraction {
  numerator: number;
  denominator: number;
}

/** The counts of one unit, as the server gathers them. */
export interface UnitScoreFacts {
  unitId: number;
  unitName: string;
  leadItems: number;
  coItems: number;
  timeliness: Fraction;
  quality: Fraction;
  satisfaction: Fraction;
  contact: Fraction;
  visit: Fraction;
  publication: Fraction;
  /** items answered late or overdue unanswered (replies and co-opinions) */
  lateItems: number;
  /** R-TALK-3 face-to-face target for this unit, 0–1 */
  visitTarget: number;
}

export interface ComponentScore extends Fraction {
  component: UnitScoreComponent;
  weight: number;
  /** numerator / denominator in percent, two decimals; null when not applicable */
  rate: number | null;
  /** points earned (0…weight, two decimals); null when not applicable */
  points: number | null;
  applicable: boolean;
}

export interface UnitScore {
  unitId: number;
  unitName: string;
  leadItems: number;
  coItems: number;
  visitTarget: number;
  components: ComponentScore[];
  /** points of the applicable components, scaled to 100 */
  scaled: number | null;
  lateItems: number;
  deduction: number;
  /** scaled − deduction, not below 0; null when no component applies */
  total: number | null;
  /** 1 = best; ties share a rank (1, 2, 2, 4); null without a score */
  rank: number | null;
}

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/** One component's points: weight × share (visit: × share ÷ target, capped at the weight). */
export function componentScore(component: UnitScoreComponent, weight: number, f: Fraction, visitTarget = 1): ComponentScore {
  if (f.numerator > f.denominator || f.numerator < 0) throw new RangeError(`分子不能大于分母：${component} ${f.numerator}/${f.denominator}`);
  const applicable = f.denominator > 0;
  let points: number | null = null;
  if (applicable) {
    const share = f.numerator / f.denominator;
    const achieved = component === 'visit' ? (visitTarget <= 0 ? 1 : Math.min(1, share / visitTarget)) : share;
    points = round2(weight * achieved);
  }
  return { component, weight, ...f, rate: rate(f.numerator, f.denominator), points, applicable };
}

/** The lateness deduction (R-STAT-2): per late item, capped. */
export function lateDeduction(lateItems: number, w: Pick<UnitScoreWeights, 'lateDeductionPerItem' | 'lateDeductionMax'>): number {
  return round2(Math.min(Math.max(0, lateItems) * w.lateDeductionPerItem, w.lateDeductionMax));
}

/** A unit's score without its rank. */
export function scoreUnit(f: UnitScoreFacts, w: UnitScoreWeights): UnitScore {
  const components = UNIT_SCORE_COMPONENTS.map((c) => componentScore(c, w[c], f[c], f.visitTarget));
  const applicable = components.filter((c) => c.applicable);
  const base = applicable.reduce((a, c) => a + c.weight, 0);
  const earned = applicable.reduce((a, c) => a + (c.points ?? 0), 0);
  const scaled = base > 0 ? round2((earned * 100) / base) : null;
  const deduction = lateDeduction(f.lateItems, w);
  return {
    unitId: f.unitId,
    unitName: f.unitName,
    leadItems: f.leadItems,
    coItems: f.coItems,
    visitTarget: f.visitTarget,
    components,
    scaled,
    lateItems: f.lateItems,
    deduction,
    total: scaled === null ? null : round2(Math.max(0, scaled - deduction)),
    rank: null,
  };
}

/**
 * Scores every unit and ranks them (R-STAT-2): highest total first, equal
 * totals share a rank (standard competition ranking), listed by unit id; units
 * without a score come last, unranked.
 */
export function rankUnits(facts: UnitScoreFacts[], w: UnitScoreWeights): UnitScore[] {
  const scored = facts.map((f) => scoreUnit(f, w));
  scored.sort((a, b) => {
    if (a.total === null || b.total === null) return a.total === b.total ? a.unitId - b.unitId : a.total === null ? 1 : -1;
    return b.total - a.total || a.unitId - b.unitId;
  });
  let prev: number | null = null;
  let prevRank = 0;
  scored.forEach((s, i) => {
    if (s.total === null) return;
    s.rank = s.total === prev ? prevRank : i + 1;
    prev = s.total;
    prevRank = s.rank;
  });
  return scored;
}
