/**
 * R-TRACK-1 the B-commitment register and carry-over, R-TRACK-2 the yearly
 * look-back: the calls and answer shapes of the commitments and look-back pages.
 */
import type { z } from 'zod';
import type { commitmentRegisterQuery, lookBackReviewBody, lookBackReviewsQuery } from '../../../domain/contracts/commitments';
import type { CommitmentState, LookBackFinding, LookBackReviewState } from '../../../domain/commitments/tracking';
import { request } from './client';
import type { IsoDate } from './types';

export interface RegisterRow {
  id: number;
  itemId: number;
  number: string;
  title: string;
  unitId: number;
  unitName: string;
  content: string;
  targetDate: IsoDate;
  state: CommitmentState;
  version: number;
  progress: { on: string; note: string; by: string; attachmentIds?: number[] }[];
  closedNote: string | null;
  overdue: boolean;
  sessionId: number;
  sessionName: string;
  trackedSessionId: number;
  trackedSessionName: string;
  carriedOverAt: string | null;
  strikeOffRequestNote: string | null;
  strikeOffRequestedAt: string | null;
  lastRejection: string | null;
  evidence: { id: number; filename: string }[];
  lookBack: { year: number; state: LookBackReviewState; finding: LookBackFinding | null } | null;
}

export interface Paged<T> {
  total: number;
  page: number;
  pageSize: number;
  rows: T[];
}

export interface LookBackCounts {
  total: number;
  pending: number;
  submitted: number;
  delivered: number;
  inProgress: number;
  notDelivered: number;
  classA: number;
  classB: number;
}

export interface LookBackProgress {
  year: number;
  lookBack: { id: number; year: number; createdAt: string } | null;
  totals: LookBackCounts | null;
  units: (LookBackCounts & { unitId: number; unitName: string })[];
}

export interface LookBackReviewRow {
  id: number;
  itemId: number;
  number: string;
  title: string;
  sessionName: string;
  sessionYear: number;
  unitId: number;
  unitName: string;
  resultClass: 'A' | 'B';
  state: LookBackReviewState;
  finding: LookBackFinding | null;
  note: string | null;
  version: number;
  submittedAt: string | null;
  commitments: number;
  openCommitments: number;
}

type Query<S extends z.ZodType> = Partial<z.output<S>>;

export const tracking = {
  listCommitments: (q: Query<typeof commitmentRegisterQuery>, signal?: AbortSignal) => request<Paged<RegisterRow>>('GET', '/api/commitments', { query: q, signal }),
  carryOverCommitments: () => request<{ toSessionId: number | null; toSessionName: string | null; carried: number }>('POST', '/api/commitments/carry-over', { body: {} }),
  getLookBack: (year: number, signal?: AbortSignal) => request<LookBackProgress>('GET', `/api/look-backs/${year}`, { signal }),
  startLookBack: (year: number) => request<{ lookBackId: number; year: number; created: number; units: number }>('POST', '/api/look-backs', { body: { year } }),
  listLookBackReviews: (q: Query<typeof lookBackReviewsQuery>, signal?: AbortSignal) => request<Paged<LookBackReviewRow>>('GET', '/api/look-back-reviews', { query: q, signal }),
  submitLookBackReview: (reviewId: number, b: z.input<typeof lookBackReviewBody>) => request<LookBackReviewRow>('PUT', `/api/look-back-reviews/${reviewId}`, { body: b }),
};
