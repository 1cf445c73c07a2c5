import { z } from 'zod';
import { BATCH_CHUNK } from '../batch/actions';
import { id, text, version } from './common';
import { assignBody } from './items';

/** Requests of batch actions (POST /api/batch): the action, its rows (each with the version the user saw), and what they share. */

/** A selection: one to BATCH_CHUNK rows, no item twice. */
const rows = <R extends z.ZodType<{ itemId: number }>>(row: R) =>
  z
    .array(row)
    .min(1, '请至少选择一件')
    .max(BATCH_CHUNK, `每次最多提交 ${BATCH_CHUNK} 件`)
    .refine((r) => new Set(r.map((x) => x.itemId)).size === r.length, '同一件不能重复选择');

const replyRows = rows(z.object({ itemId: id, replyId: id, version }));

export const batchBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), rows: rows(z.object({ itemId: id, version })), categoryId: id.optional() }),
  z.object({ action: z.literal('assign'), rows: rows(z.object({ itemId: id, version })), plan: assignBody.omit({ version: true }) }),
  z.object({ action: z.literal('urge'), rows: rows(z.object({ itemId: id })), note: text(2000, '催办内容') }),
  z.object({ action: z.literal('approveReply'), rows: replyRows }),
  z.object({ action: z.literal('signOffReply'), rows: replyRows }),
  z.object({ action: z.literal('sendReply'), rows: replyRows }),
  z.object({ action: z.literal('markKeyItem'), rows: rows(z.object({ itemId: id, taskVersion: version })), isKeyItem: z.boolean().default(true) }),
]);
export type BatchBody = z.output<typeof batchBody>;
