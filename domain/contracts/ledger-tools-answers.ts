import { z } from 'zod';
import { timestamp } from './common';

/** Answers of the ledger's tools (server/routes/ledger-tools.ts). */

/** GET/POST/PATCH /api/ledger/views — a saved ledger filter (保存的筛选方案) of the current user. */
export const savedView = z.object({
  id: z.number(),
  name: z.string(),
  /** the GET /api/items query string, key → value */
  query: z.record(z.string(), z.string()),
  version: z.number(),
  updatedAt: timestamp,
});
