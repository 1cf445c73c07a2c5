import { z } from 'zod';
import { RESULT_CLASSES } from '../items/kinds';
import { TEMPLATE_KINDS } from '../templates/placeholders';
import { timestamp } from './common';

/** Answers of reply templates and the reply letter's preview (server/routes/templates.ts). */

/** GET/POST/PATCH /api/templates — a template or snippet the user may use. */
export const replyTemplate = z.object({
  id: z.number(),
  kind: z.enum(TEMPLATE_KINDS),
  name: z.string(),
  body: z.string(),
  /** shared by the liaison office with every unit of the congress (共用); else the unit's own */
  shared: z.boolean(),
  /** the owning unit's name; null for a shared template */
  unitName: z.string().nullable(),
  /** whether the current user may change or delete it */
  editable: z.boolean(),
  version: z.number(),
  updatedAt: timestamp,
  updatedByName: z.string().nullable(),
});

/** GET /api/items/:itemId/template-fill — the template filled for the item, what stayed unfilled, and the values used. */
export const templateFill = z.object({
  templateId: z.number(),
  kind: z.enum(TEMPLATE_KINDS),
  name: z.string(),
  text: z.string(),
  unfilled: z.array(z.object({ name: z.string(), token: z.string(), reason: z.enum(['unknown', 'noValue']) })),
  /** each placeholder's value for this item (null: none yet), so the form may fill again with its own unsaved commitments */
  values: z.record(z.string(), z.string().nullable()),
});

/** POST /api/items/:itemId/reply-preview/text — the reply letter's text part by part, exactly as the .docx prints it. */
export const replyLetterPreview = z.object({
  /** 公开 / 不公开, top right */
  publicityMark: z.string(),
  resultClass: z.enum(RESULT_CLASSES),
  /** the class as the rules profile marks it on the letter: A类 … D类 (issue 17 §2) */
  classMark: z.string(),
  docNumber: z.string().nullable(),
  signer: z.string().nullable(),
  title: z.string(),
  /** 张建国代表、李秀英代表： */
  salutation: z.string(),
  /** the body's paragraphs (a first line repeating the salutation left out) */
  paragraphs: z.array(z.string()),
  /** the B commitments' lead-in and numbered lines; empty for A and C */
  commitments: z.array(z.string()),
  issuer: z.string(),
  /** the date in Chinese numerals: 二〇二五年五月二十日 */
  date: z.string(),
  /** （联系人：…，联系电话：…） or null */
  contact: z.string().nullable(),
  copies: z.array(z.string()),
});
