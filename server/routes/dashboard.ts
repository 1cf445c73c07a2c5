import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id } from '../../domain/contracts/common';
import { statsScopeQuery as scopeQuery } from '../../domain/contracts/statistics';
import { queryCategoryCounts, queryUnitPerformance } from '../queries/dashboard';
import { queryKeyItems } from '../queries/key-items';
import * as a from '../../domain/contracts/statistics-answers';
import { operations, type RouteEnv } from './define';
import { statisticsRoutes } from './statistics';

/** Who reads the dashboards: the offices and supervisors all figures, a unit's office and leader their own (as GET /api/statistics). */
const DASHBOARD = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitLeader'] as const;
/** R-SUP-3 key items: supervisors and offices all, every unit role its own unit's. */
const KEY_ITEMS = ['supervisor', 'liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader'] as const;

/** The dashboards' figures by unit and by category, and the key-items list (issue 3). */
export function dashboardRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  const tags = ['统计'];
  on({
    method: 'GET',
    url: '/api/statistics/unit-performance',
    operationId: 'getUnitPerformance',
    response: a.unitPerformanceAnswer,
    summary: '各承办单位按期答复率与红黄绿灯',
    tags,
    policy: DASHBOARD,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryUnitPerformance(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/categories',
    operationId: 'getCategoryStatistics',
    response: z.array(a.categoryCount),
    summary: '各类别建议（提案）件数',
    tags,
    policy: DASHBOARD,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryCategoryCounts(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/key-items',
    operationId: 'listKeyItems',
    response: a.keyItemsAnswer,
    summary: '重点处理建议及其办理进展',
    tags: ['督办'],
    policy: KEY_ITEMS,
    querystring: z.object({ sessionId: id.optional(), unitId: id.optional() }),
    handler: ({ ctx, query }) => queryKeyItems(ctx.db, ctx.actor, query),
  });
  // R-STAT-1 breakdowns and R-STAT-2 unit scores (issue 5).
  statisticsRoutes(app, env);
}
