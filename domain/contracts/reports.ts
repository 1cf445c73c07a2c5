import { z } from 'zod';
import { REPORT_KINDS } from '../reports/report-text';
import { id, version } from './common';

/** Request contracts of reports (R-STAT-3). */

const scope = z
  .string()
  .trim()
  .regex(/^(all|(unit|category|delegation):[1-9]\d{0,9})$/, '范围格式应为 all、unit:<编号>、category:<编号> 或 delegation:<编号>')
  .default('all');

/** Which report: its kind, the session and the scope (whole congress, a unit, a category, a delegation). */
export const reportQuery = z.object({
  kind: z.enum(REPORT_KINDS),
  sessionId: id,
  scope,
  /** a unit analysis below the required number of items (R-STAT-3) only when asked for */
  force: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

const section = z.string().max(50_000, '内容过长');
/** The editor's sections; `version` is the one read (absent when the draft is new): a stale save answers 409. */
export const saveReportDraftBody = z.object({
  kind: z.enum(REPORT_KINDS),
  sessionId: id,
  scope,
  version: version.optional(),
  title: z.string().trim().max(200, '标题过长').optional(),
  sections: z.object({
    addressee: z.string().trim().max(200).optional(),
    issuer: z.string().trim().max(200).optional(),
    intro: section.optional(),
    measures: section.optional(),
    problems: section.optional(),
    nextSteps: section.optional(),
  }),
});

export const reportScopesQuery = z.object({ sessionId: id });
export const bulletinDocumentParams = z.object({ bulletinId: id });
