import { z } from 'zod';
import { ENTRY_TYPES, REPORT_STATUSES, REPORTED_STATUSES } from '../checklists/checklists';
import { ENTRY_LIGHTS } from '../checklists/light';
import { ADJUSTMENT_KINDS, INDICATOR_KEYS } from '../checklists/scoring';
import { isIsoDate } from '../deadlines';
import { id, isoDate, text, version } from './common';

/** Requests of the township checklists, guidance and assessment (server/routes/checklists.ts). */

const year = z.number({ message: '请选择年度' }).int('年度不正确').min(2000, '年度不正确').max(2100, '年度不正确');
const quarter = z.number({ message: '请选择季度' }).int('季度不正确').min(1, '季度不正确').max(4, '季度不正确');
/** A year in a query string or path. */
export const yearParam = z.coerce.number().int('年度不正确').min(2000, '年度不正确').max(2100, '年度不正确');

/** One entry of a checklist as the county writes it. */
export const entryInput = z.object({
  type: z.enum(ENTRY_TYPES, { message: '请选择事项类型' }),
  text: text(1000, '清单事项'),
  dueOn: isoDate,
  evidence: text(500, '佐证材料要求'),
  indicator: z.enum(INDICATOR_KEYS, { message: '考核指标不正确' }).nullish(),
});

/** Each entry's due date within a year of the checklist's year (a typo such as 2205 is caught beside its field). */
function dueNearYear(v: { year: number; entries: { dueOn: string }[] }, ctx: z.RefinementCtx) {
  v.entries.forEach((e, i) => {
    if (!isIsoDate(e.dueOn)) return;
    const y = Number(e.dueOn.slice(0, 4));
    if (Math.abs(y - v.year) > 1) ctx.addIssue({ code: 'custom', path: ['entries', i, 'dueOn'], message: '完成时限须在清单年度前后一年之内' });
  });
}

const checklistFields = z.object({
  year,
  quarter,
  title: text(100, '清单标题'),
  townshipIds: z.array(id).min(1, '请至少选择一个乡镇').max(200, '乡镇过多'),
  entries: z.array(entryInput).min(1, '清单至少要有一个事项').max(60, '一期清单最多 60 个事项'),
});

/** POST /api/checklists — a new draft for the chosen townships of the county. */
export const createChecklistBody = checklistFields.superRefine(dueNearYear);
/** PUT /api/checklists/:checklistId — the whole draft again, with the version the user saw. */
export const updateChecklistBody = checklistFields.extend({ version }).superRefine(dueNearYear);
/** POST /api/checklists/:checklistId/copy — a new draft for another quarter, due dates moved with it. */
export const copyChecklistBody = z.object({ year, quarter, title: text(100, '清单标题').optional() });
/** POST …/issue, /api/assessments/:year/finalize — the version the user saw. */
export const versionBody = z.object({ version });
/** DELETE …?version= */
export const versionQuery = z.object({ version: z.coerce.number().int().positive().max(2_147_483_647) });

export const checklistParams = z.object({ checklistId: id });
/** GET /api/checklists?year= */
export const listChecklistsQuery = z.object({ year: yearParam.optional() });

export const reportParams = z.object({ checklistReportId: id });
/** PUT /api/checklist-reports/:checklistReportId — the township's report on one entry. */
export const reportEntryBody = z.object({
  version,
  status: z.enum(REPORTED_STATUSES, { message: '请选择落实情况' }),
  note: text(1000, '落实情况说明'),
});
/** POST /api/checklist-reports/:checklistReportId/evidence — a photo, minutes, a scan (base64). */
export const evidenceBody = z.object({
  filename: text(200, '文件名'),
  mimeType: z.string().max(200),
  contentBase64: z.string().min(1, '文件内容不能为空').max(15_000_000, '文件过大'),
});
export const evidenceParams = z.object({ checklistReportId: id, evidenceFileId: id });
/** GET /api/checklist-reports — the rows the viewer sees, narrowed by these filters. */
export const listReportsQuery = z.object({
  year: yearParam.optional(),
  quarter: z.coerce.number().int().min(1, '季度不正确').max(4, '季度不正确').optional(),
  checklistId: id.optional(),
  townshipId: id.optional(),
  status: z.enum(REPORT_STATUSES, { message: '报送状态不正确' }).optional(),
  light: z.enum(ENTRY_LIGHTS, { message: '亮灯状态不正确' }).optional(),
  type: z.enum(ENTRY_TYPES, { message: '事项类型不正确' }).optional(),
});

/** POST /api/guidance/pairings — pair a county leader with a township (联点). */
export const pairingBody = z.object({ leaderUserId: id, townshipId: id });
export const pairingParams = z.object({ pairingId: id });

const headcount = (label: string) =>
  z
    .number({ message: `请填写${label}` })
    .int(`${label}须是整数`)
    .min(0, `${label}不能为负`)
    .max(100_000, `${label}过大`);
/** POST /api/guidance/visits — a paired leader's on-site visit. */
export const visitBody = z.object({
  townshipId: id,
  visitedOn: isoDate,
  deputiesVisited: headcount('走访代表人数'),
  votersVisited: headcount('走访选民人数'),
  ledgersRead: text(500, '查阅台账'),
  assessment: text(2000, '工作评价'),
  requirements: text(2000, '要求和指导意见'),
  entryIds: z.array(id).max(100, '涉及事项过多').default([]),
});
/** GET /api/guidance/visits?year=&townshipId= */
export const listVisitsQuery = z.object({ year: yearParam.optional(), townshipId: id.optional() });

/** POST /api/exchange-meetings — the quarter-end exchange meeting. */
export const meetingBody = z.object({
  year,
  quarter,
  heldOn: isoDate,
  summary: text(3000, '交流情况'),
  briefing: text(3000, '下季度工作讲解'),
  experienceReportIds: z.array(id).max(50, '典型经验最多 50 条').default([]),
});
export const listMeetingsQuery = z.object({ year: yearParam.optional() });

const points = (label: string) =>
  z
    .number({ message: `请填写${label}` })
    .min(0, `${label}不能为负`)
    .max(100, `${label}不能超过 100 分`);
const schemeItem = z.object({
  name: text(50, '项目名称'),
  points: points('分值').positive('分值须大于 0'),
  rule: text(300, '适用情形'),
});
export const assessmentParams = z.object({ year: yearParam });
/** PUT /api/assessments/:year/scheme — the year's scheme: every indicator once, bonus and deduction items. */
export const schemeBody = z.object({
  /** the version seen; absent when the scheme is made */
  version: version.optional(),
  indicators: z
    .array(z.object({ key: z.enum(INDICATOR_KEYS, { message: '考核指标不正确' }), points: points('指标分值'), evidenceRule: text(500, '计分细则') }))
    .refine((xs) => xs.length === INDICATOR_KEYS.length && INDICATOR_KEYS.every((k) => xs.some((x) => x.key === k)), {
      message: `考核方案须包含全部 ${INDICATOR_KEYS.length} 项考核指标，每项一次`,
    }),
  bonusItems: z.array(schemeItem).max(20, '加分项目最多 20 项'),
  deductionItems: z.array(schemeItem).max(20, '扣分项目最多 20 项'),
  bonusCap: points('加分上限'),
});
/** PUT /api/assessments/:year/scores — a manual score for one township and indicator (null: back to the automatic one). */
export const scoreBody = z.object({
  version,
  townshipId: id,
  indicator: z.enum(INDICATOR_KEYS, { message: '考核指标不正确' }),
  points: points('得分').nullable(),
  reason: text(500, '评分理由'),
});
/** POST /api/assessments/:year/adjustments — a bonus or deduction under one of the scheme's items. */
export const adjustmentBody = z.object({
  version,
  townshipId: id,
  kind: z.enum(ADJUSTMENT_KINDS, { message: '请选择加分或扣分' }),
  item: text(50, '项目'),
  points: points('分值').positive('分值须大于 0'),
  reason: text(500, '理由'),
});
export const adjustmentParams = z.object({ year: yearParam, adjustmentId: id });
/** GET /api/checklists/overview?year= */
export const overviewQuery = z.object({ year: yearParam.optional() });
