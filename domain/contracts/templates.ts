import { z } from 'zod';
import { RESULT_CLASSES } from '../items/kinds';
import { TEMPLATE_KINDS } from '../templates/placeholders';
import { id, isoDate, optionalText, text, version } from './common';

/** Requests of reply templates and snippets, and of the preview of a reply letter (server/routes/templates.ts). */

export const templateKind = z.enum(TEMPLATE_KINDS);
const templateName = text(50, '模板名称');
const templateBody = text(20_000, '模板内容');

/** POST /api/templates — the owner follows from who creates it: a unit's staff their unit's, the liaison office a shared one. */
export const createTemplateBody = z.object({ kind: templateKind, name: templateName, body: templateBody });

/** PATCH /api/templates/:templateId — with the version the user saw (stale → 409). */
export const updateTemplateBody = z
  .object({ version, kind: templateKind.optional(), name: templateName.optional(), body: templateBody.optional() })
  .refine((v) => v.kind !== undefined || v.name !== undefined || v.body !== undefined, { message: '请提供要修改的名称、类型或内容' });

export const templateParams = z.object({ templateId: id });

/** DELETE /api/templates/:templateId?version= — the version the user saw, when given, must still be the current one. */
export const deleteTemplateQuery = z.object({ version: z.coerce.number().int().positive().max(2_147_483_647).optional() });

/** GET /api/templates?kind= — the templates the user may use, of one kind or all. */
export const listTemplatesQuery = z.object({ kind: templateKind.optional() });

/** GET /api/items/:itemId/template-fill?templateId= — one template filled with the item's values. */
export const templateFillQuery = z.object({ templateId: id });

/**
 * POST /api/items/:itemId/reply-preview (and …/reply-preview/text): the draft's fields as the form holds
 * them, saved or not. Looser than a draft: the body may still be empty, the contact not yet filled in.
 */
export const replyPreviewBody = z.object({
  body: optionalText(50_000),
  resultClass: z.enum(RESULT_CLASSES),
  publicity: z.enum(['public', 'private']).default('public'),
  docNumber: optionalText(100),
  contactPerson: optionalText(50),
  contactPhone: optionalText(30),
  commitments: z
    .array(z.object({ content: text(2000, '承诺事项'), targetDate: isoDate }))
    .max(50)
    .optional(),
});
