import { z } from 'zod';
import { QUEUE_KEYS } from '../queues/catalog';

/** Requests of the work queues (待办, server/routes/queues.ts). */

export const queueParams = z.object({ queue: z.enum(QUEUE_KEYS) });

export const queuePageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
