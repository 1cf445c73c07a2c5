import { z } from 'zod';
import { STANDARD_FORM_KEYS } from '../documents/stream-words';
import { timestamp } from './common';

/** Answers of the §6 .xlsx import (server/routes/imports.ts). */

/** An import runs, then is done (every row in) or failed (nothing written: see its errors). */
export const IMPORT_STATES = ['running', 'done', 'failed'] as const;

/** A row error of an import: the sheet's row number, the column's header when known, the Chinese message. */
export const importRowError = z.object({ row: z.number(), column: z.string().optional(), message: z.string() });

/** GET /api/imports — one import batch with its progress (without its errors). */
export const importBatchSummary = z.object({
  id: z.number(),
  sessionId: z.number().nullable(),
  sessionName: z.string().nullable(),
  filename: z.string(),
  state: z.enum(IMPORT_STATES),
  /** rows in the file */
  total: z.number(),
  processed: z.number(),
  imported: z.number(),
  errorCount: z.number(),
  /** the importer's name */
  createdBy: z.string().nullable(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
});

/** GET /api/imports/:batchId, POST /api/imports — one batch with every row error. */
export const importBatch = importBatchSummary.extend({ errors: z.array(importRowError) });

/**
 * GET /api/forms — the standard forms of §6 as the reader names them: the kinds of item their scope holds
 * (a CPPCC committee's proposals, the government office's both streams) and each form's name in those words.
 */
export const standardFormList = z.object({
  kinds: z.array(z.enum(['suggestion', 'proposal'])),
  forms: z.array(z.object({ key: z.enum(STANDARD_FORM_KEYS), label: z.string() })),
});
