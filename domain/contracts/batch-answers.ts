import { z } from 'zod';
import { BATCH_ACTION_KEYS } from '../batch/actions';

/** The answer of a batch (POST /api/batch): one result per row, in the order sent. */
export const batchAnswer = z.object({
  action: z.enum(BATCH_ACTION_KEYS),
  succeeded: z.number(),
  failed: z.number(),
  results: z.array(
    z.object({
      itemId: z.number(),
      ok: z.boolean(),
      /** why the row failed: the error's machine code and its Chinese message */
      code: z.string().optional(),
      message: z.string().optional(),
    }),
  ),
});
