import { z } from 'zod';
import { DUTY_KINDS, ENTERED_DUTY_KINDS } from '../duty/duty';
import { MAX_EVIDENCE_FILES } from '../duty/standing';
import { id, isoDate, optionalText, text, version } from './common';

/** Requests of deputies' duty records and points (server/routes/duty.ts, R-DUTY-1, R-LINE-4). */

/** A year in a query string or path. */
export const dutyYear = z.coerce.number({ message: '请选择年度' }).int('年度不正确').min(2000, '年度不正确').max(2100, '年度不正确');

/** GET /api/duty/me, /api/duty/deputies/:deputyId, /api/duty/point-rules — the year (default: this year). */
export const dutyYearQuery = z.object({ year: dutyYear.optional() });

/** GET /api/duty/deputies and its .xlsx — the year and the list's filters. */
export const dutyListQuery = z.object({
  year: dutyYear.optional(),
  delegationId: id.optional(),
  /** only the deputies short of this target */
  short: z.enum(DUTY_KINDS, { message: '目标任务不正确' }).optional(),
  /** only those not recommended as excellent deputies or for re-election (seed 002) */
  notRecommendable: z
    .enum(['true', 'false'], { message: '筛选条件不正确' })
    .transform((v) => v === 'true')
    .optional(),
  /** a deputy's name, or part of it */
  name: z.string().trim().max(50, '姓名不能超过 50 个字符').optional(),
});

export const dutyDeputyParams = z.object({ deputyId: id });
export const dutyRecordParams = z.object({ recordId: id });
export const dutyEvidenceParams = z.object({
  recordId: id,
  index: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_EVIDENCE_FILES - 1),
});
export const dutyRulesParams = z.object({ year: dutyYear });
/** DELETE /api/duty/records/:recordId?version= */
export const dutyVersionQuery = z.object({ version: z.coerce.number().int().positive().max(2_147_483_647) });

/** One evidence file as uploaded (base64): a photo, a scan, minutes. */
export const dutyEvidenceUpload = z.object({
  filename: text(200, '文件名'),
  mimeType: z.string().max(200),
  contentBase64: z.string().min(1, '文件内容不能为空').max(14_000_000, '文件过大'),
});

/** The duties entered with evidence: the system counts suggestions and hotline problems itself. */
const enteredKind = z
  .enum(DUTY_KINDS, { message: '请选择履职类别' })
  .refine((k) => ENTERED_DUTY_KINDS.includes(k), { message: '提交建议和通过专线反映问题由系统自动统计，不需录入' });

const recordFields = {
  kind: enteredKind,
  on: isoDate,
  title: text(200, '履职事项'),
  note: optionalText(2000),
};

/** POST /api/duty/records — a record of one deputy's duty, with its evidence. */
export const createDutyRecordBody = z.object({
  deputyId: id,
  ...recordFields,
  evidence: z.array(dutyEvidenceUpload).min(1, '请上传至少一份佐证材料').max(MAX_EVIDENCE_FILES, `佐证材料最多 ${MAX_EVIDENCE_FILES} 份`),
});

/**
 * PUT /api/duty/records/:recordId — the record again, with the version seen: the evidence kept (by its
 * SHA-256) and the files added. The record is replaced by a new one and the old one kept as deleted.
 */
export const updateDutyRecordBody = z
  .object({
    version,
    ...recordFields,
    keepEvidence: z
      .array(z.string().regex(/^[0-9a-f]{64}$/, '佐证材料不正确'))
      .max(MAX_EVIDENCE_FILES)
      .default([]),
    addEvidence: z.array(dutyEvidenceUpload).max(MAX_EVIDENCE_FILES).default([]),
  })
  .superRefine((v, ctx) => {
    const n = v.keepEvidence.length + v.addEvidence.length;
    if (n < 1) ctx.addIssue({ code: 'custom', path: ['addEvidence'], message: '请上传至少一份佐证材料' });
    if (n > MAX_EVIDENCE_FILES) ctx.addIssue({ code: 'custom', path: ['addEvidence'], message: `佐证材料最多 ${MAX_EVIDENCE_FILES} 份` });
  });

const pointRule = z.object({
  kind: z.enum(DUTY_KINDS, { message: '目标任务不正确' }),
  points: z.number({ message: '请填写每条积分' }).min(0, '每条积分不能为负').max(100, '每条积分不能超过 100 分'),
  cap: z.number({ message: '累计上限须是数字' }).min(0, '累计上限不能为负').max(1000, '累计上限不能超过 1000 分').nullable(),
});

/** PUT /api/duty/point-rules/:year — the year's rulebook: one line for every duty. */
export const dutyRulesBody = z.object({
  /** the version seen; absent when the congress makes its first rulebook of the year */
  version: version.optional(),
  rules: z.array(pointRule).refine((xs) => xs.length === DUTY_KINDS.length && DUTY_KINDS.every((k) => xs.some((x) => x.kind === k)), {
    message: `积分规则须包含全部 ${DUTY_KINDS.length} 项目标任务，每项一次`,
  }),
});
