import type { FastifyInstance } from 'fastify';
import { BATCH_ACTION_KEYS, BATCH_ACTIONS } from '../../domain/batch/actions';
import { batchBody } from '../../domain/contracts/batch';
import { batchAnswer } from '../../domain/contracts/batch-answers';
import type { Role } from '../../domain/items/roles';
import { runBatch } from '../usecases/batch/run-batch';
import { operation, type RouteEnv } from './define';

/** Every role that has a batch action; the use case checks the action's own roles. */
const BATCH_ROLES = [...new Set(BATCH_ACTION_KEYS.flatMap((a) => BATCH_ACTIONS[a].roles as readonly Role[]))];

/** 批量处理: one action on many items, each row its own transaction with its own event. */
export function batchRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, {
    method: 'POST',
    url: '/api/batch',
    operationId: 'runBatch',
    response: batchAnswer,
    summary: '批量处理（立案、交办、催办、审核、签发、发送、标为重点）：逐件办理，逐件返回结果',
    tags: ['批量处理'],
    policy: BATCH_ROLES,
    body: batchBody,
    handler: ({ ctx, body }) => runBatch(ctx, body, (err, itemId) => app.log.error({ err, itemId }, 'batch row failed')),
  });
}
