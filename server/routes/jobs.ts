import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEADLINE_KINDS, queryDeadlineLedger } from '../queries/deadline-ledger';
import { readJobsStatus } from '../queries/jobs-status';
import { runJob } from '../usecases/admin/run-job';
import { id } from '../../domain/contracts/common';
import * as a from '../../domain/contracts/jobs-answers';
import { operation, type RouteEnv } from './define';

/**
 * The scheduler's state for the administrator (issue 4 §8), and the R-SUP-1
 * deadline ledger (days left and lights of every open deadline) for the
 * offices, supervisors and units.
 */
export function jobRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, {
    method: 'GET',
    url: '/api/admin/jobs',
    operationId: 'getJobsStatus',
    response: a.jobsStatus,
    summary: '定时任务、消息外发与投递状态',
    tags: ['系统管理'],
    policy: ['admin'],
    handler: ({ ctx }) => readJobsStatus(ctx.db),
  });
  operation(app, env, {
    method: 'POST',
    url: '/api/admin/jobs/:name/run',
    operationId: 'runJob',
    response: a.jobRunAnswer,
    summary: '立即运行一个定时任务（不改变其计划）',
    tags: ['系统管理'],
    policy: ['admin'],
    params: z.object({ name: z.string().regex(/^[A-Za-z]{1,50}$/, '任务名称无效') }),
    handler: ({ ctx, params }) => runJob(ctx, params),
  });
  operation(app, env, {
    method: 'GET',
    url: '/api/deadlines',
    operationId: 'listOpenDeadlines',
    response: a.deadlineLedger,
    summary: '期限台账：全部未到期与已超期的期限、亮灯、各单位红黄绿灯数',
    tags: ['督办'],
    policy: ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitHandler', 'unitLeader'],
    querystring: z.object({
      sessionId: id.optional(),
      unitId: id.optional(),
      kind: z.enum(DEADLINE_KINDS).optional(),
      light: z.enum(['green', 'yellow', 'red']).optional(),
      page: z.coerce.number().int().min(1).max(100_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: ({ ctx, query }) => queryDeadlineLedger(ctx.db, ctx.actor, query),
  });
}
