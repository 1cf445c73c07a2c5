/**
 * Targets (issue 17 §4): a rules profile may name figures each handling year must reach — Qinghai's
 * "七个百分之百" (seed 003: every suggestion answered within the legal time, contacted, met, …) — and the
 * dashboard shows each with its figure, numerator and denominator, and the units short of it.
 */
export const TARGET_FIGURES = ['replied', 'onTime', 'contacted', 'faceToFace', 'satisfied', 'published', 'keyClassA', 'closed', 'assigned'] as const;
export type TargetFigure = (typeof TARGET_FIGURES)[number];

/** What each figure is, in the words of the reports: the label, and its numerator over its denominator. */
export const TARGET_FIGURE_LABELS: Record<TargetFigure, { label: string; of: string }> = {
  replied: { label: '答复率', of: '已答复件数 ÷ 交办件数' },
  onTime: { label: '按期答复率', of: '在答复期限内答复的件数 ÷ 已答复件数' },
  contacted: { label: '沟通联系率', of: '承办单位沟通联系过的件数 ÷ 交办件数' },
  faceToFace: { label: '见面沟通率', of: '当面沟通过的件数 ÷ 交办件数' },
  satisfied: { label: '满意率', of: '满意和基本满意的评价 ÷ 全部评价' },
  published: { label: '答复公开率', of: '已公开的答复 ÷ 应公开的答复' },
  keyClassA: { label: '重点督办件A类率', of: '办理结果为A类的重点督办件 ÷ 已答复的重点督办件' },
  closed: { label: '办结率', of: '已办结件数 ÷ 交办件数' },
  assigned: { label: '交办率', of: '已交办件数 ÷ 立案件数' },
};

export interface TargetDef {
  figure: TargetFigure;
  /** the share to reach, 0–1 */
  rate: number;
}

/**
 * Qinghai's seven hundred-percents as the system can count them (seed 003 names the goal; its text says
 * every suggestion was answered within the legal time and the key ones were all class A): answered,
 * on time, contacted, met face to face, satisfied, published and key items solved — each at 100%.
 */
export const SEVEN_HUNDREDS: { title: string; items: TargetDef[] } = {
  title: '七个百分之百',
  items: (['replied', 'onTime', 'contacted', 'faceToFace', 'satisfied', 'published', 'keyClassA'] as const).map((figure) => ({ figure, rate: 1 })),
};

/** Whether a figure (a percentage, null without a base) reaches a target share: nothing to count misses nothing. */
export function meetsTarget(figure: number | null, rate: number): boolean {
  return figure === null || figure + 1e-9 >= rate * 100;
}
