import { z } from 'zod';

/** GET /api/demo-status: how far the first start's demo data is (server/seed/demo-seeding.ts). */
export const demoStatus = z.object({
  /** none: no demo is being loaded by this server (a database that had data, or loaded before) */
  state: z.enum(['none', 'running', 'done', 'failed']),
  percent: z.number().int().min(0).max(100),
  streams: z.array(z.object({ label: z.string(), done: z.number().int(), total: z.number().int() })),
  seconds: z.number().int(),
});
