/**
 * The hotline channel's reports and imports (issue 15 §1, §5, R-LINE-3): the monthly report to the
 * liaison office (figures, the orders due but not done and those rated dissatisfied, by unit), the annual
 * report (Word), the month's ledger (Excel) and the Excel import of orders. Requests and answers both.
 */
import { z } from 'zod';

// ── Requests ──

/** A month of the reports: YYYY-MM. */
export const monthParams = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
    .meta({ description: '月份 YYYY-MM' }),
});
/** 生成本月报: the month (default: the month before today). */
export const generateReportBody = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
    .optional()
    .meta({ description: '月份 YYYY-MM；不填为上个月' }),
});
/** A year of the annual report. */
export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
/** The upload of an import sheet: the file, base64. */
export const importOrdersBody = z.object({
  filename: z.string().min(1).max(200),
  contentBase64: z.string().min(1).max(14_000_000).meta({ description: 'Excel 文件内容（base64）' }),
});

// ── Answers ──

/** A rate's parts: numerator ≤ denominator, the rate in percent (two decimals), null without a base. */
export const ratio = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() });

const ratingCounts = z.object({ satisfied: z.number(), basicallySatisfied: z.number(), dissatisfied: z.number(), veryDissatisfied: z.number() });
/** The ratings given in the period: counts and shares by largest remainder (adding to 100.00 when any). */
export const satisfactionFigures = z.object({ total: z.number(), counts: ratingCounts, shares: ratingCounts });

/** An order as the report's tables list it. */
export const reportOrder = z.object({
  id: z.number(),
  number: z.string(),
  category: z.string(),
  content: z.string(),
  deputyName: z.string().nullable(),
  unitName: z.string().nullable(),
  calledAt: z.string(),
  finishDue: z.string().nullable(),
  stateLabel: z.string(),
  ratingLabel: z.string().nullable(),
  /** days past the finishing day on the report's cut-off (due but not done) */
  daysOverdue: z.number().nullable(),
});
/** A count per lead unit. */
export const unitCount = z.object({ unitId: z.number().nullable(), unitName: z.string(), count: z.number() });
/** A list of orders with its count per unit. */
export const orderList = z.object({ total: z.number(), byUnit: z.array(unitCount), orders: z.array(reportOrder) });

/** One lead unit's figures over the period (the orders called in it). */
export const unitFigures = z.object({
  unitId: z.number(),
  unitName: z.string(),
  orders: z.number(),
  finished: z.number(),
  solved: z.number(),
  onTime: ratio,
  contactOnTime: ratio,
  /** rated 满意 or 基本满意, over the rated orders */
  satisfied: ratio,
});

/** R-LINE-3 the figures of a period (a month or a year). */
export const periodFigures = z.object({
  from: z.string(),
  to: z.string(),
  /** orders called in the period (calls, 来电) */
  received: z.number(),
  /** of them, not merged into another (problems, 反映问题) */
  problems: z.number(),
  /** of the problems, closed with a satisfied or basically satisfied rating (solved, 有效解决) */
  solved: z.number(),
  solvedRate: z.number().nullable(),
  /** orders finished in the period */
  finished: z.number(),
  /** orders closed in the period */
  closed: z.number(),
  /** contact within 24 hours, of the orders dispatched in the period whose contact clock has run out or stopped */
  contactOnTime: ratio,
  /** finishings in the period on or before the finishing day, over the finishings in the period and the orders due in it and not finished */
  onTime: ratio,
  satisfaction: satisfactionFigures,
  dueNotDone: orderList,
  dissatisfied: orderList,
  units: z.array(unitFigures),
});

/** Who generated a month's report and when (every generation is kept: the trail of regenerations). */
export const reportGeneration = z.object({ at: z.string(), byName: z.string(), onDemand: z.boolean() });

/** GET /api/hotline/reports/:month — one month's report. */
export const monthlyReportAnswer = z.object({
  month: z.string(),
  monthLabel: z.string(),
  congressName: z.string(),
  generatedAt: z.string(),
  generatedByName: z.string(),
  generations: z.array(reportGeneration),
  figures: periodFigures,
});

/** A row of the months' list. */
export const monthlyReportSummary = z.object({
  month: z.string(),
  monthLabel: z.string(),
  generatedAt: z.string(),
  generatedByName: z.string(),
  received: z.number(),
  problems: z.number(),
  dueNotDone: z.number(),
  dissatisfied: z.number(),
});
/** GET /api/hotline/reports — the months generated, newest first, and the month the next report is for. */
export const monthlyReportList = z.object({ currentMonth: z.string(), previousMonth: z.string(), reports: z.array(monthlyReportSummary) });

/** One row's error of an import (Excel row number, column, Chinese message). */
export const importRowError = z.object({ row: z.number(), column: z.string().optional(), message: z.string() });
/** POST /api/hotline/imports — the orders written (all rows, or none with the errors by row). */
export const importOrdersAnswer = z.object({
  imported: z.number(),
  orders: z.array(z.object({ row: z.number(), id: z.number(), number: z.string() })),
});
