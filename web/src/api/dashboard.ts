/**
 * The dashboards' and key items' calls (issue 3): the R-STAT-1 figures, the
 * figures by unit and by category, and the key-items list. Rates are null
 * when there is nothing to divide by (the server's `rate`).
 */
import type { Light } from '../../../domain/deadlines';
import type { ResultClass } from '../../../domain/items/kinds';
import type { UnitScore, UnitScoreWeights } from '../../../domain/stats/unit-score';
import { request } from './client';

/** The R-STAT-1 scope filters the statistics endpoints accept (GET /api/statistics's query). */
export interface StatsScope {
  sessionId?: number;
  unitId?: number;
  categoryId?: number;
  delegationId?: number;
  from?: string;
  to?: string;
}

export interface Share {
  count: number;
  share: number;
}

export interface DashboardStatistics {
  items: number;
  assigned: number;
  referenceItems: number;
  replied: number;
  replyRate: number | null;
  onTime: number;
  onTimeRate: number | null;
  resultClasses: Record<ResultClass, Share>;
  evaluations: { satisfied: Share; basicallySatisfied: Share; dissatisfied: Share; satisfactionRate: number | null };
  contacts: number;
  contactRate: number | null;
  faceToFaceRate: number | null;
  commitments: number;
  commitmentsStruckOff: number;
  rehandled: number;
}

export interface UnitPerformance {
  unitId: number;
  unitName: string;
  isGovernment: boolean;
  leadItems: number;
  coItems: number;
  referenceItems: number;
  replied: number;
  onTime: number;
  onTimeRate: number | null;
  lights: { green: number; yellow: number; red: number };
}

export interface CategoryCount {
  categoryId: number | null;
  name: string;
  items: number;
}

export interface KeyItemEvent {
  id: number;
  type: string;
  actorName: string | null;
  actorRole: string | null;
  at: string;
  fromState: string | null;
  toState: string | null;
}

export interface KeyItem {
  taskId: number;
  taskRole: string;
  taskState: string;
  taskDue: string | null;
  handlerName: string | null;
  responsibleLeader: string | null;
  unitId: number;
  unitName: string;
  itemId: number;
  number: string;
  title: string;
  state: string;
  round: number;
  currentDue: string | null;
  resultClass: ResultClass | null;
  contacts: number;
  lastReply: { state: string; round: number; sentOn: string | null; resultClass: ResultClass } | null;
  recentEvents: KeyItemEvent[];
  light: Light;
  daysLeft: number | null;
  replied: boolean;
}

/** R-STAT-1 figures of one group (a unit's lead or co part, a category, a delegation, a deputy). */
export interface GroupFigures {
  items: number;
  assigned: number;
  replied: number;
  replyRate: number | null;
  onTime: number;
  onTimeRate: number | null;
  resultClasses: Record<ResultClass, Share>;
  evaluations: { satisfied: Share; basicallySatisfied: Share; dissatisfied: Share; satisfactionRate: number | null };
  contacts: number;
  contactRate: number | null;
  faceToFaceRate: number | null;
  rehandled: number;
  commitmentsStruckOff: number;
}

export interface UnitBreakdown {
  unitId: number;
  unitName: string;
  lead: GroupFigures | null;
  co: GroupFigures | null;
}

export type CategoryBreakdown = GroupFigures & { categoryId: number | null; name: string };
export type DelegationBreakdown = GroupFigures & { delegationId: number | null; name: string };
export type DeputyBreakdown = GroupFigures & { deputyId: number; name: string; led: number };

export interface SatisfactionVsResolution {
  unitId: number;
  unitName: string;
  items: number;
  classed: number;
  classA: number;
  evaluations: number;
  satisfied: number;
  evaluatedItems: number;
  satisfiedNotSolved: number;
  satisfiedShare: number | null;
  solvedShare: number | null;
  gap: number | null;
}

export type { ComponentScore, UnitScore, UnitScoreWeights } from '../../../domain/stats/unit-score';

export interface UnitScores {
  sessionId: number;
  sessionName: string;
  year: number;
  asOf: string;
  weights: UnitScoreWeights;
  publishWithinDays: number;
  units: UnitScore[];
}

export interface NamedOption {
  id: number;
  name: string;
}

type Query = Record<string, string | number | undefined>;

export const dashboardApi = {
  statistics: (scope: StatsScope, signal?: AbortSignal) => request<DashboardStatistics>('GET', '/api/statistics', { query: scope as Query, signal }),
  unitPerformance: (scope: StatsScope, signal?: AbortSignal) =>
    request<{ yellowDays: number; units: UnitPerformance[] }>('GET', '/api/statistics/unit-performance', { query: scope as Query, signal }),
  categories: (scope: StatsScope, signal?: AbortSignal) => request<CategoryCount[]>('GET', '/api/statistics/categories', { query: scope as Query, signal }),
  keyItems: (f: { sessionId?: number; unitId?: number }, signal?: AbortSignal) =>
    request<{ yellowDays: number; rows: KeyItem[] }>('GET', '/api/key-items', { query: f, signal }),
  byUnit: (scope: StatsScope, signal?: AbortSignal) => request<UnitBreakdown[]>('GET', '/api/statistics/by-unit', { query: scope as Query, signal }),
  byCategory: (scope: StatsScope, signal?: AbortSignal) => request<CategoryBreakdown[]>('GET', '/api/statistics/by-category', { query: scope as Query, signal }),
  byDelegation: (scope: StatsScope, signal?: AbortSignal) => request<DelegationBreakdown[]>('GET', '/api/statistics/by-delegation', { query: scope as Query, signal }),
  byDeputy: (scope: StatsScope, signal?: AbortSignal) => request<DeputyBreakdown[]>('GET', '/api/statistics/by-deputy', { query: scope as Query, signal }),
  satisfactionVsResolution: (scope: StatsScope, signal?: AbortSignal) =>
    request<SatisfactionVsResolution[]>('GET', '/api/statistics/satisfaction-vs-resolution', { query: scope as Query, signal }),
  unitScores: (sessionId: number, signal?: AbortSignal) => request<UnitScores>('GET', '/api/statistics/unit-scores', { query: { sessionId }, signal }),
  /** The .xlsx download's address (a plain link: the session cookie goes along). */
  unitScoresXlsxUrl: (sessionId: number) => `/api/statistics/unit-scores.xlsx?sessionId=${sessionId}`,
  delegations: (signal?: AbortSignal) => request<NamedOption[]>('GET', '/api/delegations', { signal }),
};
