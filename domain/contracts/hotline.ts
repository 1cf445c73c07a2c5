import { z } from 'zod';
import { WORK_ORDER_CONTACT_METHODS, URGENCIES, WORK_ORDER_RATINGS, WORK_ORDER_STATES } from '../hotline/orders';
import { id, isoDate, optionalText, text, version } from './common';

/** Requests of the deputies' hotline channel (人大代表民情通达专线, issue 15; server/routes/hotline.ts). */

/** A point in time sent by a client or the 12345 platform: ISO 8601 with an offset (2026-02-12T09:30:00+08:00). */
export const instant = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601（如 2026-02-12T09:30:00+08:00）' });

/** The caller's number as typed or sent: digits, spaces, dashes, a leading +86. */
export const phone = z
  .string({ message: '请填写来电号码' })
  .trim()
  .min(5, '来电号码不正确')
  .max(30, '来电号码不正确')
  .regex(/^\+?[\d\s-]+$/, '来电号码只能包含数字、空格、短横线和开头的 +');

const urgency = z.enum(URGENCIES, { message: '请选择急办或一般' });
const category = text(100, '事件分类');
const content = text(4000, '来电内容');

/**
 * POST /api/hotline/orders — an order typed by the hotline office while the deputy is on the line,
 * or filed by a deputy (their own number from their record when `callerPhone` is absent).
 */
export const createWorkOrderBody = z
  .object({
    callerPhone: phone.optional(),
    /** the calling deputy, as matched from the number or chosen (the hotline office); a deputy is always themself */
    deputyId: id.nullish(),
    /** a row of the dispatch catalogue; else `category` as free text */
    catalogueId: id.nullish(),
    category: category.optional(),
    content,
    /** when the call came in; absent: now */
    calledAt: instant.optional(),
    urgency: urgency.default('general'),
    /** the county or township body below the city where the problem is (属地督办) */
    placeCongressId: id.nullish(),
    placeName: optionalText(100),
  })
  .refine((v) => v.catalogueId != null || (v.category !== undefined && v.category.length > 0), {
    message: '请选择或填写事件分类',
    path: ['category'],
  });

/** POST /api/hotline/inbound/orders — an order pushed by the city's 12345 platform (header X-Api-Key). */
export const inboundOrderBody = z.object({
  /** the platform's own order number: a resent order is recognised by it and never duplicated */
  orderNo: z
    .string({ message: '请提供平台工单编号' })
    .trim()
    .min(1, '平台工单编号不能为空')
    .max(64, '平台工单编号不能超过 64 个字符')
    .regex(/^[\w\-./:]+$/, '平台工单编号只能包含字母、数字和 - _ . / :'),
  callerPhone: phone,
  /** the name the caller gave (kept in the history; the deputy is matched from the number) */
  callerName: optionalText(50),
  category,
  content,
  calledAt: instant,
  urgency: urgency.default('general'),
  placeName: optionalText(100),
});
/** The platform's key, sent in the X-Api-Key header (checked by the use case: a missing key answers 401). */
export const inboundHeaders = z.looseObject({ 'x-api-key': z.string().max(200).optional() });

export const orderParams = z.object({ orderId: id });

const boolParam = z.enum(['true', 'false'], { message: '应为 true 或 false' }).transform((v) => v === 'true');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

/** GET /api/hotline/orders — the ledger (专线台账): the orders the viewer sees, narrowed by these filters. */
export const ledgerQuery = z.object({
  state: z.enum(WORK_ORDER_STATES, { message: '工单状态不正确' }).optional(),
  urgency: z.enum(URGENCIES, { message: '紧急程度不正确' }).optional(),
  unitId: id.optional(),
  category: z.string().trim().max(100).optional(),
  deputyId: id.optional(),
  placeCongressId: id.optional(),
  /** the month of the call (YYYY-MM) */
  month: month.optional(),
  /** the day of the call, from … to (inclusive, Shanghai days) */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** only orders past a running clock (contact, finishing or feedback) */
  overdue: boolParam.optional(),
  /** words in the number, the caller's number or name, the category or the content */
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** GET /api/hotline/caller-match?phone= — the deputies of the congress whose number is this one. */
export const callerMatchQuery = z.object({ phone });

/** POST …/caller — the hotline office confirms the matched deputy or changes it (null: not a deputy of this congress). */
export const confirmCallerBody = z.object({ version, deputyId: id.nullable() });

/** POST …/sign-off-request — 呈签单: a complex order goes to the deputy secretary-general. */
export const requestSignOffBody = z.object({ version, reason: text(2000, '呈签事由') });
/** POST …/sign-off — the decision written on the sign-off form, and who made it. */
export const recordSignOffBody = z.object({
  version,
  decision: text(2000, '批示意见'),
  decidedBy: text(50, '批示人'),
});

/** POST …/dispatch — 派单 (or 改派 from a returned order) to one or more units, one of them the lead (牵头). */
export const dispatchBody = z
  .object({
    version,
    leadUnitId: id,
    /** the other units working with the lead unit */
    coUnitIds: z.array(id).max(20, '协办单位最多 20 个').default([]),
    note: optionalText(1000),
  })
  .refine((v) => !v.coUnitIds.includes(v.leadUnitId), { message: '牵头单位不能同时作为协办单位', path: ['coUnitIds'] })
  .refine((v) => new Set(v.coUnitIds).size === v.coUnitIds.length, { message: '协办单位重复', path: ['coUnitIds'] });

/** POST …/return — 退单 by the unit's office within the window, with the reason. */
export const returnBody = z.object({ version, reason: text(1000, '退单理由') });

/** POST …/merge — 并单: this order is a duplicate of `intoOrderId`. */
export const mergeBody = z.object({ version, intoOrderId: id, note: optionalText(1000) });

/** POST …/contacts — the unit's contact with the deputy (stops the 24-hour clock). */
export const contactBody = z.object({
  version,
  /** when the unit reached the deputy; absent: now */
  at: instant.optional(),
  method: z.enum(WORK_ORDER_CONTACT_METHODS, { message: '请选择联系方式' }),
  /** the deputy was invited to take part in the handling */
  invited: z.boolean().default(true),
  note: text(2000, '联系情况'),
  deputyView: optionalText(2000),
});

/** POST …/extension-request — working days more, and why. */
export const extensionRequestBody = z.object({
  version,
  workdays: z.number({ message: '请填写延期工作日数' }).int('延期工作日数须是整数').min(1, '延期至少 1 个工作日').max(60, '延期最多 60 个工作日'),
  reason: text(1000, '延期理由'),
});
/** POST …/extension-decision — the hotline office approves (the finishing day moves) or rejects. */
export const extensionDecisionBody = z.object({ version, approve: z.boolean({ message: '请选择同意或不同意' }), note: optionalText(1000) });

/** POST …/finish — the lead unit's result. */
export const finishBody = z.object({ version, result: text(4000, '办理结果') });
/** POST …/feedback — the result went back to the deputy (how). */
export const feedbackBody = z.object({
  version,
  method: z.enum(WORK_ORDER_CONTACT_METHODS, { message: '请选择反馈方式' }),
  note: optionalText(2000),
});

/** POST …/rating — 回访: the deputy's rating, taken by the hotline office on a callback or given by the deputy. */
export const ratingBody = z.object({
  version,
  rating: z.enum(WORK_ORDER_RATINGS, { message: '请选择满意度' }),
  comment: optionalText(2000),
});

/** POST …/joint-supervision — 联合督办 by the liaison office. */
export const jointSupervisionBody = z.object({ version, note: text(2000, '督办意见') });
/** POST …/spot-checks — 督办抽查 on one of the order's supervisions (absent: the viewer's own one). */
export const spotCheckBody = z.object({ version, supervisionId: id.optional(), note: text(2000, '抽查情况') });

/** POST /api/hotline/catalogue — a category of the dispatch catalogue, its unit and supervising committee. */
export const catalogueBody = z.object({
  category,
  unitId: id,
  committeeId: id.nullish(),
});
export const catalogueUpdateBody = catalogueBody.extend({ version });
export const catalogueParams = z.object({ catalogueId: id });
/** DELETE …?version= */
export const versionQuery = z.object({ version: z.coerce.number().int().positive().max(2_147_483_647) });

/** POST /api/hotline/api-keys — a key for a 12345 platform. */
export const apiKeyBody = z.object({ name: text(100, '密钥名称') });
export const apiKeyParams = z.object({ keyId: id });
