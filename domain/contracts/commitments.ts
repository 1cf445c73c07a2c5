import { z } from 'zod';
import { COMMITMENT_STATES, LOOK_BACK_FINDINGS, LOOK_BACK_REVIEW_STATES } from '../commitments/tracking';
import { id, isoDate, optionalText, text, version } from './common';

/** Request contracts of R-TRACK-1 (B commitments) and R-TRACK-2 (the look-back), shared by the server and the web forms. */

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(20);
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');
const year = z.coerce.number().int().min(2000).max(2100);

/**
 * One commitment change (R-TRACK-1): a progress report with evidence (the unit
 * or an office); the unit's strike-off request (销号申请) and the office's
 * approval or rejection (with a reason); the office's own strike-off or
 * conversion to C (with an explanation).
 */
export const commitmentActionBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('progress'),
    version,
    note: text(2000, '进展情况'),
    targetDate: isoDate.optional(),
    attachmentIds: z.array(id).max(20, '佐证材料最多 20 个').optional(),
  }),
  z.object({ action: z.literal('requestStrikeOff'), version, note: text(2000, '落实情况') }),
  z.object({ action: z.literal('approveStrikeOff'), version, note: optionalText(2000) }),
  z.object({ action: z.literal('rejectStrikeOff'), version, note: text(2000, '驳回理由') }),
  z.object({ action: z.literal('strikeOff'), version, note: text(2000, '销号说明') }),
  z.object({ action: z.literal('convertToC'), version, note: text(2000, '转C类说明') }),
]);

/**
 * The register's filters: state ('open' = still tracked), unit, the session an
 * item came from (`sessionId`), the session a commitment is tracked in now
 * (`trackedSessionId`, after carry-over), carried-over only, overdue only.
 */
export const commitmentRegisterQuery = z.object({
  state: z.enum([...COMMITMENT_STATES, 'open']).optional(),
  unitId: id.optional(),
  sessionId: id.optional(),
  trackedSessionId: id.optional(),
  carriedOver: flag,
  overdue: flag,
  page,
  pageSize,
});

/** R-TRACK-2: start the look-back of a year. */
export const startLookBackBody = z.object({ year: z.number().int().min(2000, '年份无效').max(2100, '年份无效') });

/** R-TRACK-2: a unit's finding on one past item (复查表). */
export const lookBackReviewBody = z.object({
  version,
  finding: z.enum(LOOK_BACK_FINDINGS),
  note: text(2000, '复查情况'),
});

export const lookBackParams = z.object({ year });

export const lookBackReviewsQuery = z.object({
  year,
  unitId: id.optional(),
  state: z.enum(LOOK_BACK_REVIEW_STATES).optional(),
  finding: z.enum(LOOK_BACK_FINDINGS).optional(),
  resultClass: z.enum(['A', 'B']).optional(),
  q: z.string().trim().max(100).optional(),
  page,
  pageSize,
});
