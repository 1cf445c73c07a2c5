/**
 * The rules profile (规则配置): every configurable number of the domain, per
 * congress and per year. Missing fields take the defaults of domain.md, so a
 * stored profile keeps parsing when a new field is added.
 */
import { z } from 'zod';
import { daysInMonth, makeIsoDate, type IsoDate } from './dates';
import type { Duration } from './duration';
import { RESULT_CLASSES } from '../items/kinds';
import { THREE_CLASSES, validClassCodes } from '../stats/result-classes';
import { TARGET_FIGURES } from '../stats/targets';

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** True for 'MM-DD' that exists in every year (02-29 is refused). */
export function isMonthDay(s: string): boolean {
  const m = MONTH_DAY.exec(s);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2025, month);
}

/** The date of a profile's 'MM-DD' in a given year, e.g. ('10-31', 2026) → '2026-10-31' (R-REVIEW-1, R-HANDLE-1). */
export function monthDayInYear(monthDay: string, year: number): IsoDate {
  if (!isMonthDay(monthDay)) throw new RangeError(`月日格式无效：${monthDay}（应为 MM-DD）`);
  return makeIsoDate(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5)));
}

export const durationSchema = z.object({
  amount: z.number().int().min(1).max(1000),
  unit: z.enum(['calendarDays', 'workdays', 'months']),
});

const monthDaySchema = z.string().refine(isMonthDay, { message: '应为有效的月日 MM-DD（不含 02-29）' });
const fraction = z.number().min(0).max(1);
/** ISO weekday: 1 = Monday … 7 = Sunday. */
const isoWeekday = z.number().int().min(1).max(7);

const dur = (amount: number, unit: Duration['unit']) => durationSchema.default(() => ({ amount, unit }));

const visitRateTargetSchema = z.object({
  /** the rule applies to units with at most this many lead items; null = no upper bound */
  maxLeadItems: z.number().int().min(0).nullable(),
  /** required share of face-to-face visits, 0–1 */
  rate: fraction,
});

/** R-STAT-2 unit score: component weights (points, summing to 100) and the lateness deduction. */
const unitScoreSchema = z.object({
  /** replies and co-opinions on time */
  timeliness: z.number().min(0).max(100).default(25),
  /** quality: replies not sent back for redo (退回重办) */
  quality: z.number().min(0).max(100).default(15),
  /** deputies satisfied or basically satisfied */
  satisfaction: z.number().min(0).max(100).default(30),
  /** items with a contact record (R-TALK-2) */
  contact: z.number().min(0).max(100).default(10),
  /** face-to-face visit rate against the R-TALK-3 target */
  visit: z.number().min(0).max(100).default(10),
  /** public replies published on time (R-PUBLISH-1) */
  publication: z.number().min(0).max(100).default(10),
  /** points deducted per item answered late, up to `lateDeductionMax` */
  lateDeductionPerItem: z.number().min(0).max(100).default(1),
  lateDeductionMax: z.number().min(0).max(100).default(10),
});

/** Issue 17 §2: a result class's mark and definition as the reply form shows them and the letter prints them. */
const resultClassSchema = z.object({
  code: z.enum(RESULT_CLASSES),
  label: z.string().trim().min(1, '类别名称不能为空').max(10, '类别名称不超过 10 个字'),
  definition: z.string().trim().min(1, '类别含义不能为空').max(60, '类别含义不超过 60 个字'),
});

/** Issue 17 §4: targets the dashboard checks the figures against (Qinghai's 七个百分之百, seed 003). */
const targetsSchema = z.object({
  /** what the set is called: 七个百分之百; null: 办理目标 */
  title: z.string().trim().max(20, '目标名称不超过 20 个字').nullable().default(null),
  items: z
    .array(z.object({ figure: z.enum(TARGET_FIGURES), rate: fraction }))
    .max(TARGET_FIGURES.length)
    .refine((xs) => new Set(xs.map((x) => x.figure)).size === xs.length, { message: '同一指标只能设一个目标' })
    .default(() => []),
});

const workOrderSchema = z.object({
  /** R-LINE-1: contact the deputy within this many hours */
  contactHours: z.number().int().min(1).max(720).default(24),
  /** R-LINE-1: general orders handled within this many working days */
  handleWorkdays: z.number().int().min(1).max(365).default(7),
  /** R-LINE-1: result back to the deputy within this many days of completion */
  feedbackDays: z.number().int().min(1).max(365).default(2),
  /** a unit may return a wrongly dispatched order (退单) within this many hours of the dispatch */
  returnHours: z.number().int().min(1).max(720).default(24),
  /** a 通报 when an order is still overdue this many working days after its deadline (the 催办通知书 comes the day after) */
  bulletinAfterWorkdays: z.number().int().min(1).max(60).default(5),
  /** R-LINE-3: the monthly report to the liaison office is made on this day of the month, for the month before */
  monthlyReportDay: z.number().int().min(1).max(28).default(3),
});

export const rulesProfileValuesSchema = z
  .object({
    /** R-CO-1 co-handler's opinion to the lead */
    coOpinion: dur(2, 'months'),
    /** R-REPLY-7 reply deadline */
    reply: dur(3, 'months'),
    /** R-REPLY-7 extended deadline of a complex item */
    replyExtended: dur(6, 'months'),
    /** R-EVAL-2 re-handling after dissatisfaction */
    rehandle: dur(30, 'calendarDays'),
    /** R-ASSIGN-3 adjustment (退办) window */
    adjustmentWindow: dur(10, 'workdays'),
    /** R-EVAL-3 evaluation window */
    evaluationWindow: dur(30, 'calendarDays'),
    /** R-SUP-1 yellow light when at most this many days are left */
    yellowDays: z.number().int().min(0).max(365).default(10),
    /** R-REVIEW-1 reference items: contact recorded by this date of the session's year */
    referenceContactBy: monthDaySchema.default('10-31'),
    /** R-HANDLE-1 responsibility breakdown confirmed by this date */
    responsibilityConfirmBy: monthDaySchema.default('02-28'),
    /** R-HANDLE-2 key items per unit */
    keyItemsPerUnitMax: z.number().int().min(0).max(50).default(2),
    /** R-TALK-3 visit-rate targets, ascending by maxLeadItems, the last one unbounded */
    visitRateTargets: z
      .array(visitRateTargetSchema)
      .min(1)
      .default(() => [
        { maxLeadItems: 10, rate: 1 },
        { maxLeadItems: 49, rate: 0.5 },
        { maxLeadItems: null, rate: 0.3 },
      ]),
    /** R-TALK-2 contact-rate target, 0–1 */
    contactRateTarget: fraction.default(1),
    /** R-PUBLISH-1 public replies published within this many days */
    publishWithinDays: z.number().int().min(0).max(365).default(15),
    /** R-LINE-1 hotline work orders */
    workOrder: workOrderSchema.default(() => workOrderSchema.parse({})),
    /** R-REPLY-3 result classes: A/B/C, or A/B/C/D (留作参考), with their marks and definitions (issue 17 §2) */
    resultClasses: z
      .array(resultClassSchema)
      .refine((xs) => validClassCodes(xs.map((x) => x.code)), { message: '办理结果分类应为 A、B、C 三类，或 A、B、C、D 四类' })
      .default(() => THREE_CLASSES.map((c) => ({ ...c }))),
    /** issue 17 §4: figures to reach, shown on the dashboard with the units short of them */
    targets: targetsSchema.default(() => targetsSchema.parse({})),
    /** R-STAT-2 unit score weights and deductions */
    unitScore: unitScoreSchema.default(() => unitScoreSchema.parse({})),
    /** R-SUP-2 weekly reminder day (1 = Monday) */
    weeklyReminderWeekday: isoWeekday.default(1),
    /** R-SUP-2 weekly urge day (5 = Friday) */
    weeklyUrgeWeekday: isoWeekday.default(5),
    /** R-SUP-2 a weekly reminder or urge falling on a holiday goes out on the week's next workday instead */
    remindersSkipHolidays: z.boolean().default(true),
    /** R-TRACK-1 remind the unit this many days before a commitment's target date (each a separate reminder) */
    commitmentReminderDays: z
      .array(z.number().int().min(0).max(365))
      .max(5)
      .default(() => [30, 7]),
    /** R-ASSIGN-3 tell a unit this many days before its adjustment window closes */
    adjustmentClosingNoticeDays: z.number().int().min(0).max(30).default(2),
    /** R-SUP-4 progress bulletin generated on this day of every month (0: none by schedule) */
    bulletinDayOfMonth: z.number().int().min(0).max(28).default(1),
    /**
     * R-REVIEW-1 two-stage review (代表团和议案组两层审核): a suggestion of a delegation goes to the delegation's
     * contact person first, who returns it for improvement or passes it on to the office's review.
     */
    delegationReview: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    const targets = v.visitRateTargets;
    targets.forEach((t, i) => {
      const last = i === targets.length - 1;
      if (last !== (t.maxLeadItems === null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['visitRateTargets', i, 'maxLeadItems'],
          message: '只有最后一档的承办件数上限为空（不设上限）',
        });
      }
      const prev = i > 0 ? targets[i - 1].maxLeadItems : null;
      if (i > 0 && prev !== null && t.maxLeadItems !== null && t.maxLeadItems <= prev) {
        ctx.addIssue({
          code: 'custom',
          path: ['visitRateTargets', i, 'maxLeadItems'],
          message: '走访率各档的承办件数上限必须递增',
        });
      }
    });
    const w = v.unitScore;
    const sum = w.timeliness + w.quality + w.satisfaction + w.contact + w.visit + w.publication;
    if (Math.abs(sum - 100) > 1e-6) {
      ctx.addIssue({ code: 'custom', path: ['unitScore'], message: `单位考核各项权重之和应为 100（现为 ${Math.round(sum * 100) / 100}）` });
    }
    if (v.reply.unit === v.replyExtended.unit && v.replyExtended.amount < v.reply.amount) {
      ctx.addIssue({
        code: 'custom',
        path: ['replyExtended'],
        message: '延期答复期限不能短于答复期限',
      });
    }
  });

/** The values of a rules profile (after defaults). */
export type RulesProfileValues = z.output<typeof rulesProfileValuesSchema>;

/** The defaults of domain.md (R-REPLY-7, R-CO-1, R-EVAL-2/3, R-ASSIGN-3, R-SUP-1/2, R-TALK-2/3, R-LINE-1, R-PUBLISH-1). */
export const DEFAULT_RULES: RulesProfileValues = rulesProfileValuesSchema.parse({});

/**
 * The face-to-face visit-rate target for a unit with `leadItems` lead items
 * (R-TALK-3: ≤10 → 100%, 11–49 → 50%, ≥50 → 30% by default).
 */
export function visitRateTargetFor(rules: Pick<RulesProfileValues, 'visitRateTargets'>, leadItems: number): number {
  const hit = rules.visitRateTargets.find((t) => t.maxLeadItems === null || leadItems <= t.maxLeadItems);
  return (hit ?? rules.visitRateTargets[rules.visitRateTargets.length - 1]).rate;
}
