/**
 * R-TRACK-1 the B-commitment register and carry-over, R-TRACK-2 the yearly
 * look-back: the calls and answer shapes of the commitments and look-back pages.
 */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type { commitmentRegisterQuery, lookBackReviewBody, lookBackReviewsQuery } from '../../../domain/contracts/commitments';
import type * as a from '../../../domain/contracts/commitments-answers';
import { request } from './client';

/* The answers: the server's own schemas (domain/contracts/commitments-answers.ts), as the wire carries them. */
export type RegisterRow = Answer<typeof a.registerRow>;
export type RegisterPage = Answer<typeof a.commitmentRegisterPage>;
export type CarryOverAnswer = Answer<typeof a.carryOverAnswer>;
export type LookBackCounts = Answer<typeof a.lookBackCounts>;
export type LookBackProgress = Answer<typeof a.lookBackProgress>;
export type StartLookBackAnswer = Answer<typeof a.startLookBackAnswer>;
export type LookBackReviewRow = Answer<typeof a.lookBackReviewRow>;
export type LookBackReviewPage = Answer<typeof a.lookBackReviewPage>;
export type LookBackReview = Answer<typeof a.lookBackReview>;

type Query<S extends z.ZodType> = Partial<z.output<S>>;

export const tracking = {
  listCommitments: (q: Query<typeof commitmentRegisterQuery>, signal?: AbortSignal) => request<RegisterPage>('GET', '/api/commitments', { query: q, signal }),
  carryOverCommitments: () => request<CarryOverAnswer>('POST', '/api/commitments/carry-over', { body: {} }),
  getLookBack: (year: number, signal?: AbortSignal) => request<LookBackProgress>('GET', `/api/look-backs/${year}`, { signal }),
  startLookBack: (year: number) => request<StartLookBackAnswer>('POST', '/api/look-backs', { body: { year } }),
  listLookBackReviews: (q: Query<typeof lookBackReviewsQuery>, signal?: AbortSignal) =>
    request<LookBackReviewPage>('GET', '/api/look-back-reviews', { query: q, signal }),
  submitLookBackReview: (reviewId: number, b: z.input<typeof lookBackReviewBody>) =>
    request<LookBackReview>('PUT', `/api/look-back-reviews/${reviewId}`, { body: b }),
};
