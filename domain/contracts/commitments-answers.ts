import { z } from 'zod';
import { COMMITMENT_STATES, LOOK_BACK_FINDINGS, LOOK_BACK_REVIEW_STATES } from '../commitments/tracking';
import { commitment, commitmentProgress } from './item-answers';
import { day, timestamp } from './common';

/** Answers of the commitment register and the look-back (server/routes/commitments.ts; R-TRACK-1, R-TRACK-2). */

const commitmentState = z.enum(COMMITMENT_STATES);
const lookBackFinding = z.enum(LOOK_BACK_FINDINGS);
const lookBackReviewState = z.enum(LOOK_BACK_REVIEW_STATES);
/** The classes a look-back reviews (R-TRACK-2: A and B answers only). */
const reviewedClass = z.enum(['A', 'B']);

/** One page of a register: `total` rows match the filters, `rows` are those of `page`. */
function paged<R extends z.ZodType>(row: R) {
  return z.object({ total: z.number(), page: z.number(), pageSize: z.number(), rows: z.array(row) });
}

/** POST /api/items/:itemId/commitments/:commitmentId (changeCommitment) — the commitment as stored after the change. */
export const commitmentRecord = commitment;

/** One row of the B-commitment register (挂号/销号台账), with its item, unit, sessions, evidence and latest look-back finding. */
export const registerRow = z.object({
  id: z.number(),
  itemId: z.number(),
  number: z.string(),
  title: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  content: z.string(),
  targetDate: day,
  state: commitmentState,
  version: z.number(),
  progress: z.array(commitmentProgress),
  closedNote: z.string().nullable(),
  /** still open and past its target date */
  overdue: z.boolean(),
  /** the session the item came from */
  sessionId: z.number(),
  sessionName: z.string(),
  /** the session it is tracked in now (the item's own until carried over) */
  trackedSessionId: z.number(),
  trackedSessionName: z.string(),
  carriedOverAt: timestamp.nullable(),
  strikeOffRequestNote: z.string().nullable(),
  strikeOffRequestedAt: timestamp.nullable(),
  /** the reason of the last rejected strike-off request */
  lastRejection: z.string().nullable(),
  /** the item's attachments cited by its progress reports */
  evidence: z.array(z.object({ id: z.number(), filename: z.string() })),
  /** the unit's latest look-back review of the item (R-TRACK-2) */
  lookBack: z.object({ year: z.number(), state: lookBackReviewState, finding: lookBackFinding.nullable() }).nullable(),
});

/** GET /api/commitments (listCommitments) — one page of the register. */
export const commitmentRegisterPage = paged(registerRow);

/** POST /api/commitments/carry-over (carryOverCommitments) — the newest session and how many commitments moved into it. */
export const carryOverAnswer = z.object({
  // never null here: with no session to carry into, the route answers NO_SESSION
  toSessionId: z.number(),
  toSessionName: z.string(),
  carried: z.number(),
});

/** A look-back's counts: reviews by state, finding and result class. */
export const lookBackCounts = z.object({
  total: z.number(),
  pending: z.number(),
  submitted: z.number(),
  delivered: z.number(),
  inProgress: z.number(),
  notDelivered: z.number(),
  classA: z.number(),
  classB: z.number(),
});

/** GET /api/look-backs/:year (getLookBack) — the year's look-back (null: not started) with its totals and per-unit counts. */
export const lookBackProgress = z.object({
  year: z.number(),
  lookBack: z.object({ id: z.number(), year: z.number(), createdAt: timestamp }).nullable(),
  /** null while the year's look-back is not started */
  totals: lookBackCounts.nullable(),
  units: z.array(lookBackCounts.extend({ unitId: z.number(), unitName: z.string() })),
});

/** POST /api/look-backs (startLookBack) — the look-back and the reviews this call created. */
export const startLookBackAnswer = z.object({
  lookBackId: z.number(),
  year: z.number(),
  /** reviews created by this call (0 when nothing new was due) */
  created: z.number(),
  /** units told of new reviews */
  units: z.number(),
});

/** One review (复查表) in the list, with its item, session and the unit's commitments on the item. */
export const lookBackReviewRow = z.object({
  id: z.number(),
  itemId: z.number(),
  number: z.string(),
  title: z.string(),
  sessionName: z.string(),
  sessionYear: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  resultClass: reviewedClass,
  state: lookBackReviewState,
  finding: lookBackFinding.nullable(),
  note: z.string().nullable(),
  version: z.number(),
  submittedAt: timestamp.nullable(),
  commitments: z.number(),
  openCommitments: z.number(),
});

/** GET /api/look-back-reviews (listLookBackReviews) — one page of a year's reviews. */
export const lookBackReviewPage = paged(lookBackReviewRow);

/** PUT /api/look-back-reviews/:reviewId (submitLookBackReview) — the review as stored after the unit filled it. */
export const lookBackReview = z.object({
  id: z.number(),
  lookBackId: z.number(),
  itemId: z.number(),
  unitId: z.number(),
  resultClass: reviewedClass,
  state: lookBackReviewState,
  finding: lookBackFinding.nullable(),
  note: z.string().nullable(),
  version: z.number(),
  submittedAt: timestamp.nullable(),
});
