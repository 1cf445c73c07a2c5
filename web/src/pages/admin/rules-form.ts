/**
 * The rules profile as the form edits it: shares as percentages, everything
 * else as stored. Labels and units of every field (规则配置, domain.md).
 */
import type { DurationUnit } from '../../../../domain/deadlines/duration';
import type { RulesProfileValues } from '../../../../domain/deadlines/rules-profile';
import { RESULT_CLASS_DEFAULTS } from '../../../../domain/stats/result-classes';
import { TARGET_FIGURE_LABELS, type TargetFigure } from '../../../../domain/stats/targets';

export type DurationKey = 'reply' | 'replyExtended' | 'coOpinion' | 'adjustmentWindow' | 'rehandle' | 'evaluationWindow';

// Rules behind the texts below: R-REPLY-7、R-CO-1、R-ASSIGN-3、R-EVAL-2、R-EVAL-3 (../shared/domain.md).
export const DURATION_FIELDS: { key: DurationKey; label: string; help: string }[] = [
  { key: 'reply', label: '答复期限', help: '自正式交办之日起' },
  { key: 'replyExtended', label: '延期答复期限', help: '涉及面广、处理难度大的，经同意延期，自交办之日起' },
  { key: 'coOpinion', label: '会办意见期限', help: '会办单位向主办单位提出会办意见' },
  { key: 'adjustmentWindow', label: '申请调整（退办）期限', help: '承办单位认为不属于本单位职责的，在此期限内申请调整' },
  { key: 'rehandle', label: '重新办理期限', help: '代表不满意的，自收到反馈之日起重新答复' },
  { key: 'evaluationWindow', label: '评价期限', help: '代表收到答复后评价；期满未评价的按未评价办结' },
];

export const UNIT_OPTIONS: { value: DurationUnit; label: string }[] = [
  { value: 'months', label: '个月' },
  { value: 'workdays', label: '个工作日' },
  { value: 'calendarDays', label: '日（自然日）' },
];

export const WEEKDAY_OPTIONS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'].map((label, i) => ({ value: i + 1, label }));

export interface RulesFormValues extends Omit<RulesProfileValues, 'contactRateTarget' | 'visitRateTargets' | 'targets'> {
  /** percent, 0–100 */
  contactRateTarget: number;
  visitRateTargets: { maxLeadItems: number | null; ratePercent: number }[];
  /** the targets with their shares as percentages; an empty title is none */
  targets: { title: string | null; items: { figure: TargetFigure; ratePercent: number }[] };
}

const pct = (x: number) => Math.round(x * 10000) / 100;
const frac = (x: number) => (typeof x === 'number' ? Math.round(x * 100) / 10000 : x);

export function toForm(v: RulesProfileValues): RulesFormValues {
  return {
    ...structuredClone(v),
    contactRateTarget: pct(v.contactRateTarget),
    visitRateTargets: v.visitRateTargets.map((t) => ({ maxLeadItems: t.maxLeadItems, ratePercent: pct(t.rate) })),
    targets: { title: v.targets.title, items: v.targets.items.map((t) => ({ figure: t.figure, ratePercent: pct(t.rate) })) },
  };
}

/** Back to the stored shape; empty upper bounds become null (no upper bound). */
export function fromForm(f: RulesFormValues): RulesProfileValues {
  return {
    ...f,
    contactRateTarget: frac(f.contactRateTarget),
    visitRateTargets: (f.visitRateTargets ?? []).map((t) => ({ maxLeadItems: t.maxLeadItems ?? null, rate: frac(t.ratePercent) })),
    // Typed-in reminder days arrive as text from the tags field; sorted, one of each.
    commitmentReminderDays: [...new Set((f.commitmentReminderDays ?? []).map(Number))].sort((a, b) => b - a),
    targets: {
      title: f.targets?.title?.trim() || null,
      items: (f.targets?.items ?? []).map((t) => ({ figure: t.figure, rate: frac(t.ratePercent) })),
    },
  };
}

/** The form field a schema issue belongs to ('rate' is shown as 'ratePercent', fractions as percentages). */
export function formPath(path: readonly PropertyKey[]): (string | number)[] {
  const p = path.map((x) => (typeof x === 'number' ? x : String(x)));
  if (p[0] === 'visitRateTargets' && p[2] === 'rate') return ['visitRateTargets', p[1], 'ratePercent'];
  if (p[0] === 'targets' && p[1] === 'items' && p[3] === 'rate') return ['targets', 'items', p[2], 'ratePercent'];
  return p;
}

const LABELS: Record<string, string> = {
  ...Object.fromEntries(DURATION_FIELDS.map((f) => [f.key, f.label])),
  yellowDays: '黄灯提示天数',
  referenceContactBy: '参阅件沟通截止日',
  responsibilityConfirmBy: '责任分解送代表确认截止日',
  keyItemsPerUnitMax: '重点处理建议上限',
  publishWithinDays: '答复公开期限',
  weeklyReminderWeekday: '每周提醒日',
  weeklyUrgeWeekday: '每周催办日',
  remindersSkipHolidays: '节假日不发每周提醒',
  commitmentReminderDays: '承诺事项到期前提醒天数',
  adjustmentClosingNoticeDays: '调整申请期截止前提醒',
  bulletinDayOfMonth: '每月自动生成进度通报日',
  delegationReview: '两层审核：代表团联络员先审',
  contactRateTarget: '沟通联系率目标',
  visitRateTargets: '面商走访率目标',
  workOrder: '专线工单',
  unitScore: '单位考核权重',
  resultClasses: '办理结果分类',
  targets: '办理目标',
};

/** The Chinese name of the field an issue is about, e.g. 面商走访率目标第2档. */
export function labelOf(path: readonly PropertyKey[], f?: RulesFormValues): string {
  const head = LABELS[String(path[0])] ?? String(path[0] ?? '');
  if (path[0] === 'visitRateTargets' && typeof path[1] === 'number') return `${head}第${path[1] + 1}档`;
  if (path[0] === 'resultClasses' && typeof path[1] === 'number') {
    const code = f?.resultClasses?.[path[1]]?.code;
    return `${head}（${code ? RESULT_CLASS_DEFAULTS[code].label : `第${path[1] + 1}类`}${path[2] === 'definition' ? '含义' : path[2] === 'label' ? '名称' : ''}）`;
  }
  if (path[0] === 'targets' && path[1] === 'title') return `${head}名称`;
  if (path[0] === 'targets' && path[1] === 'items' && typeof path[2] === 'number') {
    const figure = f?.targets?.items?.[path[2]]?.figure;
    return `${head}（${figure ? TARGET_FIGURE_LABELS[figure].label : `第${path[2] + 1}项`}）`;
  }
  return head;
}
