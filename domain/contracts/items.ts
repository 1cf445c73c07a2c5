import { z } from 'zod';
import { CONTACT_METHODS, CONTACT_PHASES, CONTACT_RESPONSES, EVALUATION_RESULTS, HANDLING_MODES, ITEM_KINDS, RESULT_CLASSES } from '../items/kinds';
import { id, isoDate, optionalText, text, version } from './common';
import { BODIES } from '../levels/levels';
import { STATS_KINDS } from '../stats/streams';

export const submitSuggestionBody = z.object({
  sessionId: id,
  title: text(200, '标题'),
  body: text(20_000, '正文'),
  categoryId: id.nullish(),
  period: z.enum(['plenary', 'interim']).default('plenary'),
  cosignerDeputyIds: z.array(id).max(200).default([]),
  classified: z.boolean().optional(),
  leadDeputyId: id.optional(),
  /** the deputy's draft this submission comes from: removed in the same transaction */
  draftId: id.optional(),
  /** 集体提案 (R-CPPCC-1): the participating organization or special committee submitting in its own name */
  submitterOrgId: id.optional(),
});

export const resubmitBody = z.object({ version, title: text(200, '标题'), body: text(20_000, '正文'), categoryId: id.nullish() });
export const cosignBody = z.object({ confirm: z.boolean() });

export const reviewBody = z.discriminatedUnion('decision', [
  // 立案 files the item under a category: required unless it has one (the server checks; the form pre-fills the item's own).
  z.object({ decision: z.literal('accept'), version, note: optionalText(2000).transform((v) => v ?? undefined), categoryId: id.optional() }),
  z.object({ decision: z.literal('return'), version, reason: text(2000, '退回理由') }),
  z.object({ decision: z.literal('reject'), version, reason: text(2000, '不予立案理由') }),
  z.object({ decision: z.literal('reference'), version, reason: text(2000, '转参阅件理由'), unitId: id }),
]);

/** Two-stage review: the delegation's contact person passes a suggestion on to the office, or returns it with comments. */
export const delegationReviewBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('pass'), version, comment: optionalText(2000).transform((v) => v || undefined) }),
  z.object({ decision: z.literal('return'), version, comment: text(2000, '修改意见') }),
]);

export const mergeBody = z.object({
  primaryVersion: version,
  merged: z
    .array(z.object({ itemId: id, version }))
    .min(1)
    .max(50),
});

const plannedUnit = z.object({ unitId: id, role: z.enum(['lead', 'co', 'split']) });
export const assignBody = z.object({
  version,
  mode: z.enum(HANDLING_MODES),
  units: z.array(plannedUnit).min(1).max(30),
  leadingLeader: optionalText(100),
  assignedOn: isoDate.optional(),
  /** The category, asked when the item still has none (an imported one): 交办 needs it as 立案 does. */
  categoryId: id.optional(),
});
export const reassignBody = assignBody
  .omit({ assignedOn: true, categoryId: true })
  .extend({ resetBase: z.boolean().optional(), reason: text(2000, '调整理由') });

export const adjustmentRequestBody = z.object({ taskVersion: version, reason: text(2000, '申请理由'), suggestedUnitIds: z.array(id).max(10).optional() });
export const decideAdjustmentBody = z.object({
  approve: z.boolean(),
  note: text(2000, '审批意见'),
  addUnits: z.array(plannedUnit).max(10).optional(),
  mode: z.enum(HANDLING_MODES).optional(),
  resetBase: z.boolean().optional(),
});
export const requestExtensionBody = z.object({ reason: text(2000, '延期理由') });
export const decideRequestBody = z.object({ approve: z.boolean(), note: text(2000, '审批意见') });

/**
 * R-HANDLE-1: the handler and the responsible leader are picked from the unit's people
 * (GET /api/units/mine/people); the names the breakdown table prints come from there.
 * A name without an account (a leader with none) may still be given as text.
 */
export const responsibilityBody = z
  .object({
    taskVersion: version,
    divisionId: id,
    handlerUserId: id.nullish(),
    handlerName: optionalText(50),
    responsibleLeaderUserId: id.nullish(),
    responsibleLeader: optionalText(50),
  })
  .refine((v) => !!v.handlerUserId || !!v.handlerName, { path: ['handlerUserId'], message: '请选择承办人' })
  .refine((v) => !!v.responsibleLeaderUserId || !!v.responsibleLeader, { path: ['responsibleLeaderUserId'], message: '请选择责任领导' });
export const acknowledgeBody = z.object({ taskVersion: version });
export const keyItemBody = z.object({ taskVersion: version, isKeyItem: z.boolean() });

const publicity = z.enum(['public', 'private']);
/** The contact person and phone a reply letter (R-REPLY-2) and a co-opinion letter (R-CO-1) print. */
const contactPerson = text(50, '联系人');
const contactPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,30}$/, '联系电话格式不正确');
export const coOpinionBody = z.object({
  taskVersion: version,
  body: text(20_000, '会办意见'),
  publicity,
  privateReason: optionalText(1000),
  contactPerson,
  contactPhone,
});
export const returnCoOpinionBody = z.object({ coTaskVersion: version, reason: text(2000, '退回理由') });

export const contactBody = z.object({
  contactedOn: isoDate,
  method: z.enum(CONTACT_METHODS),
  phase: z.enum(CONTACT_PHASES),
  participants: text(500, '参加人员'),
  summary: text(5000, '沟通内容'),
  deputyView: optionalText(2000),
});

/** R-TALK-1: a dispute says what was wrong, so the unit and the office can look into it. */
export const contactResponseBody = z
  .object({ response: z.enum(CONTACT_RESPONSES), note: optionalText(2000) })
  .refine((v) => v.response === 'confirmed' || !!v.note, { path: ['note'], message: '请说明与实际情况不符之处' });

export const replyDraftBody = z.object({
  version: version.optional(),
  body: text(50_000, '答复正文'),
  resultClass: z.enum(RESULT_CLASSES),
  publicity,
  privateReason: optionalText(1000),
  docNumber: optionalText(100),
  contactPerson,
  contactPhone,
  commitments: z
    .array(z.object({ content: text(2000, '承诺事项'), targetDate: isoDate }))
    .max(50)
    .optional(),
});
export const replyActionBody = z.object({ version });
export const sendBackBody = z.object({ version, reason: text(2000, '退回理由') });
export const overrideBody = z.object({ version, check: z.enum(['contact', 'coOpinion']), reason: text(2000, '豁免理由') });

export const evaluateBody = z.object({
  result: z.enum(EVALUATION_RESULTS),
  comment: optionalText(5000),
  deputyId: id.optional(),
  proxyAttachmentId: id.optional(),
});
export const versionNoteBody = z.object({ version, note: text(2000, '说明') });
/** The office files the item under another category (§2); the version it saw (stale → 409). */
export const changeCategoryBody = z.object({ version, categoryId: id, note: optionalText(500) });

export const attachmentBody = z.object({
  filename: text(200, '文件名'),
  mimeType: z.string().max(200),
  purpose: z.enum(['general', 'proxyEvaluationForm', 'scan']).default('general'),
  contentBase64: z.string().min(1).max(14_000_000, '附件不能超过 10 MB'),
});

export const ledgerQuery = z.object({
  sessionId: id.optional(),
  unitId: id.optional(),
  taskRole: z.enum(['lead', 'co', 'split', 'reference']).optional(),
  state: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : v.split(',').filter(Boolean))),
  resultClass: z.enum(RESULT_CLASSES).optional(),
  light: z.enum(['green', 'yellow', 'red', 'none']).optional(),
  categoryId: id.optional(),
  delegationId: id.optional(),
  deputyId: id.optional(),
  handlingMode: z.enum(HANDLING_MODES).optional(),
  q: z.string().max(100).optional(),
  /**
   * A unit's inbox (承办单位待办): `assignments` — draft assignments (R-ASSIGN-2) and formal ones
   * still in the adjustment window (R-ASSIGN-3); `coOpinions` — co tasks whose opinion is not sent
   * (R-CO-1); `rehandling` — items to re-handle (R-EVAL-2). Other roles need `unitId` to narrow it.
   */
  inbox: z.enum(['assignments', 'coOpinions', 'rehandling']).optional(),
  /** Chosen rows (批量导出所选): ids separated by commas, at most 500. */
  ids: z
    .string()
    .max(6000)
    .optional()
    .transform((v, c) => {
      if (!v) return undefined;
      const ids = v.split(',').map(Number);
      if (ids.length > 500 || ids.some((n) => !Number.isInteger(n) || n <= 0 || n > 2_147_483_647)) {
        c.addIssue({ code: 'custom', message: '所选建议的编号无效，或一次超过 500 件' });
        return z.NEVER;
      }
      return ids;
    }),
  /** 承办系统: items handled by government units (the government office's field) or by the others (courts, procuratorates, organisations). */
  unitSystem: z.enum(['government', 'other']).optional(),
  /** 建议 or 提案 (§8): the government office and the units handle both streams. */
  kind: z.enum(ITEM_KINDS).optional(),
  sort: z.enum(['number', 'due', 'submittedAt', 'updatedAt', 'relevance']).default('number'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  /** Keyset pagination (issue 6 §4): the previous page's `nextCursor`; `page` is then ignored and `total` is null. */
  after: z.string().min(1).max(200).optional(),
});

/**
 * The R-STAT-1 scope of every statistics read. A session is one body's; a year takes the sessions of
 * every body in it (the government office's congress and the CPPCC committee meet the same year).
 * `kind` narrows to one stream (§8: 代表建议 or 政协提案; absent: both, for those who handle both),
 * `body` to the items of one kind of body (its congress's or the CPPCC committee's): each body's own figures.
 */
export const statsQuery = z.object({
  sessionId: id.optional(),
  year: z.coerce.number().int().min(1949).max(2999).optional(),
  kind: z.enum(STATS_KINDS).optional(),
  body: z.enum(BODIES).optional(),
  unitId: id.optional(),
  categoryId: id.optional(),
  delegationId: id.optional(),
  deputyId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
