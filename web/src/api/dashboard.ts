/**
 * The dashboards' and key items' calls (issue 3): the R-STAT-1 figures, the
 * figures by unit and by category, and the key-items list. Rates are null
 * when there is nothing to divide by (the server's `rate`).
 */
import type { Light } from '../../../domain/deadlines';
import type { ResultClass } from '../../../domain/items/kinds';
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
  delegations: (signal?: AbortSignal) => request<NamedOption[]>('GET', '/api/delegations', { signal }),
};
