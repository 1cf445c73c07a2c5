import type { FastifyInstance } from 'fastify';
import { itemParams } from '../../domain/contracts/common';
import { delegationReviewBody } from '../../domain/contracts/items';
import { itemRecord } from '../../domain/contracts/item-answers';
import { reviewByDelegation } from '../usecases/review/review-by-delegation';
import { operations, type RouteEnv } from './define';

/** Two-stage review (代表团和议案组两层审核): the delegation's contact person checks a suggestion before the office. */
export function delegationReviewRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'POST',
    url: '/api/items/:itemId/delegation-review',
    operationId: 'reviewByDelegation',
    response: itemRecord,
    summary: '代表团审核：通过后报送联工委，或退回代表修改',
    tags: ['建议办理'],
    policy: ['delegationContact'],
    params: itemParams,
    body: delegationReviewBody,
    handler: ({ ctx, params, body }) => reviewByDelegation(ctx, { itemId: params.itemId, ...body }),
  });
}
