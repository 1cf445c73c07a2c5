import type { FastifyInstance } from 'fastify';
import * as c from '../../domain/contracts/queues';
import * as a from '../../domain/contracts/queues-answers';
import { queueCounts, listQueue } from '../queries/queues/work-queues';
import { operation, type RouteEnv } from './define';

/** Everyone with a queue (domain/queues/catalog.ts); a role without one gets an empty list. */
const WORKERS = ['deputy', 'delegationContact', 'liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader', 'supervisor'] as const;
const tags = ['待办'];

/** 待办: every step that waits on the signed-in user, by queue. */
export function queueRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, {
    method: 'GET',
    url: '/api/queues',
    operationId: 'listQueues',
    response: a.queueCountsAnswer,
    summary: '我的待办：各类待办事项及件数',
    tags,
    policy: WORKERS,
    handler: ({ ctx }) => queueCounts(ctx.db, ctx.actor, ctx.now),
  });
  operation(app, env, {
    method: 'GET',
    url: '/api/queues/:queue',
    operationId: 'listQueue',
    response: a.queuePage,
    summary: '一类待办事项（按期限先后，附红黄绿灯）',
    tags,
    policy: WORKERS,
    params: c.queueParams,
    querystring: c.queuePageQuery,
    handler: ({ ctx, params, query }) => listQueue(ctx.db, ctx.actor, params.queue, query, ctx.now),
  });
}
