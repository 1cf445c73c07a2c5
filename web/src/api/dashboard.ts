/**
 * The dashboards' and key items' calls (issue 3): the R-STAT-1 figures, the
 * figures by unit and by category, and the key-items list. Rates are null
 * when there is nothing to divide by (the server's `rate`).
 */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type { statsQuery } from '../../../domain/contracts/items';
import type { delegation } from '../../../domain/contracts/reference-answers';
import type * as a from '../../../domain/contracts/statistics-answers';
import { request } from './client';

/** The R-STAT-1 scope filters the statistics endpoints accept (GET /api/statistics's query). */
export type StatsScope = Partial<z.output<typeof statsQuery>>;

/* The answers: the server's own schemas (domain/contracts/statistics-answers.ts), as the wire carries them. */
export type Share = Answer<typeof a.share>;
export type DashboardStatistics = Answer<typeof a.statistics>;
/** A result class as the rules profile names and defines it (A类 — 所提问题已经得到解决或基本解决). */
export type ClassDef = DashboardStatistics['classScheme'][number];
export type TargetsAnswer = Answer<typeof a.targetsAnswer>;
export type Target = TargetsAnswer['targets'][number];
export type UnitPerformance = Answer<typeof a.unitPerformance>;
export type UnitPerformanceAnswer = Answer<typeof a.unitPerformanceAnswer>;
export type CategoryCount = Answer<typeof a.categoryCount>;
export type KeyItemEvent = Answer<typeof a.keyItemEvent>;
export type KeyItem = Answer<typeof a.keyItem>;
export type KeyItemsAnswer = Answer<typeof a.keyItemsAnswer>;
/** R-STAT-1 figures of one group (a unit's lead or co part, a category, a delegation, a deputy). */
export type GroupFigures = Answer<typeof a.groupFigures>;
export type UnitBreakdown = Answer<typeof a.unitBreakdown>;
export type CategoryBreakdown = Answer<typeof a.categoryBreakdown>;
export type DelegationBreakdown = Answer<typeof a.delegationBreakdown>;
export type DeputyBreakdown = Answer<typeof a.deputyBreakdown>;
export type SatisfactionVsResolution = Answer<typeof a.satisfactionVsResolution>;
export type ComponentScore = Answer<typeof a.componentScore>;
export type UnitScore = Answer<typeof a.unitScore>;
export type UnitScoreWeights = Answer<typeof a.unitScoreWeights>;
export type UnitScores = Answer<typeof a.unitScores>;
export type Delegation = Answer<typeof delegation>;

/** An option of a filter's select (a unit, a delegation). */
export interface NamedOption {
  id: number;
  name: string;
}

type Query = Record<string, string | number | undefined>;

export const dashboardApi = {
  statistics: (scope: StatsScope, signal?: AbortSignal) => request<DashboardStatistics>('GET', '/api/statistics', { query: scope as Query, signal }),
  targets: (scope: StatsScope, signal?: AbortSignal) => request<TargetsAnswer>('GET', '/api/statistics/targets', { query: scope as Query, signal }),
  unitPerformance: (scope: StatsScope, signal?: AbortSignal) =>
    request<UnitPerformanceAnswer>('GET', '/api/statistics/unit-performance', { query: scope as Query, signal }),
  categories: (scope: StatsScope, signal?: AbortSignal) => request<CategoryCount[]>('GET', '/api/statistics/categories', { query: scope as Query, signal }),
  keyItems: (f: { sessionId?: number; unitId?: number }, signal?: AbortSignal) => request<KeyItemsAnswer>('GET', '/api/key-items', { query: f, signal }),
  byUnit: (scope: StatsScope, signal?: AbortSignal) => request<UnitBreakdown[]>('GET', '/api/statistics/by-unit', { query: scope as Query, signal }),
  byCategory: (scope: StatsScope, signal?: AbortSignal) =>
    request<CategoryBreakdown[]>('GET', '/api/statistics/by-category', { query: scope as Query, signal }),
  byDelegation: (scope: StatsScope, signal?: AbortSignal) =>
    request<DelegationBreakdown[]>('GET', '/api/statistics/by-delegation', { query: scope as Query, signal }),
  byDeputy: (scope: StatsScope, signal?: AbortSignal) => request<DeputyBreakdown[]>('GET', '/api/statistics/by-deputy', { query: scope as Query, signal }),
  satisfactionVsResolution: (scope: StatsScope, signal?: AbortSignal) =>
    request<SatisfactionVsResolution[]>('GET', '/api/statistics/satisfaction-vs-resolution', { query: scope as Query, signal }),
  unitScores: (sessionId: number, signal?: AbortSignal) => request<UnitScores>('GET', '/api/statistics/unit-scores', { query: { sessionId }, signal }),
  /** The .xlsx download's address (a plain link: the session cookie goes along). */
  unitScoresXlsxUrl: (sessionId: number) => `/api/statistics/unit-scores.xlsx?sessionId=${sessionId}`,
  delegations: (signal?: AbortSignal) => request<Delegation[]>('GET', '/api/delegations', { signal }),
};
