import { z } from 'zod';
import { timestamp } from './common';

/** A deputy's draft as the server keeps it (GET/POST/PUT /api/suggestion-drafts). */
export const suggestionDraft = z.object({
  id: z.number(),
  sessionId: z.number().nullable(),
  title: z.string(),
  body: z.string(),
  categoryId: z.number().nullable(),
  period: z.enum(['plenary', 'interim']),
  cosignerDeputyIds: z.array(z.number()),
  /** the cosigners' names (listing only) */
  cosigners: z.array(z.object({ id: z.number(), name: z.string() })).optional(),
  version: z.number(),
  updatedAt: timestamp,
});
