import { z } from 'zod';
import { RESULT_CLASSES } from '../items/kinds';
import { day } from './common';

/** Answers of the documents' reads (server/routes/documents.ts) that are JSON rather than a file. */

/**
 * GET /api/items/:itemId/replies/:replyId/letter (getReplyLetter) — what the reply letter prints, the
 * same content as its Word file (server/documents/reply-letter.ts ReplyLetterData): the session and
 * the offices copied named in full, every addressee. The workbench's print view lays it out on A4.
 */
export const replyLetter = z.object({
  resultClass: z.enum(RESULT_CLASSES),
  /** the class as the rules profile marks it on the letter: A类 … D类 (issue 17 §2) */
  classMark: z.string(),
  publicity: z.enum(['public', 'private']),
  docNumber: z.string().nullable(),
  /** the leader who signed it off (签发人) */
  signer: z.string().nullable(),
  /** 关于对…第2025-0001号建议的答复 */
  title: z.string(),
  /** every addressee with their form of address: 张建国代表 */
  addressees: z.array(z.string()),
  body: z.string(),
  /** the commitments of a B reply with their target dates, listed after the body */
  commitments: z.array(z.object({ content: z.string(), targetDate: day })),
  unitName: z.string(),
  /** the date of the letter (sent, else signed, else today) */
  date: day,
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  copies: z.array(z.string()),
});
