import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/commitments';
import * as a from '../../domain/contracts/commitments-answers';
import { COMMITMENT_CARRIERS, COMMITMENT_READERS, LOOK_BACK_READERS, LOOK_BACK_REVIEWERS, LOOK_BACK_STARTERS } from '../../domain/commitments/permissions';
import { queryCommitmentRegister } from '../queries/commitments-register';
import { queryLookBack, queryLookBackReviews } from '../queries/look-back';
import { carryOverCommitments } from '../usecases/commitments/carry-over-commitments';
import { changeCommitment } from '../usecases/commitments/change-commitment';
import { startLookBack } from '../usecases/look-back/start-look-back';
import { submitLookBackReview } from '../usecases/look-back/submit-look-back-review';
import { operations, type RouteEnv } from './define';

const tags = ['承诺事项与回头看'];

/** R-TRACK-1 B commitments (register, changes, carry-over) and R-TRACK-2 the yearly look-back. */
export function commitmentRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);

  on({
    method: 'GET',
    url: '/api/commitments',
    operationId: 'listCommitments',
    response: a.commitmentRegisterPage,
    summary: 'B 类承诺事项挂号销号台账',
    tags,
    policy: COMMITMENT_READERS,
    querystring: c.commitmentRegisterQuery,
    handler: ({ ctx, query }) => queryCommitmentRegister(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/commitments/:commitmentId',
    operationId: 'changeCommitment',
    response: a.commitmentRecord,
    summary: 'B 类承诺：报告进展（附佐证材料）、申请销号、审批销号申请、销号、转 C 类',
    tags,
    policy: ['liaisonOffice', 'governmentOffice', 'unitOffice'],
    params: z.object({ itemId: id, commitmentId: id }),
    body: c.commitmentActionBody,
    handler: ({ ctx, params, body }) => changeCommitment(ctx, { itemId: params.itemId, commitmentId: params.commitmentId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/commitments/carry-over',
    operationId: 'carryOverCommitments',
    response: a.carryOverAnswer,
    summary: '未销号承诺事项结转到最新会次继续跟踪',
    tags,
    policy: COMMITMENT_CARRIERS,
    handler: ({ ctx }) => carryOverCommitments(ctx),
  });

  on({
    method: 'GET',
    url: '/api/look-backs/:year',
    operationId: 'getLookBack',
    response: a.lookBackProgress,
    summary: '某年度回头看的进度（按状态、复查结论、承办单位）',
    tags,
    policy: LOOK_BACK_READERS,
    params: c.lookBackParams,
    handler: ({ ctx, params }) => queryLookBack(ctx.db, ctx.actor, params.year),
  });
  on({
    method: 'POST',
    url: '/api/look-backs',
    operationId: 'startLookBack',
    response: a.startLookBackAnswer,
    summary: '启动某年度回头看：为往年 A、B 类答复建议生成复查表',
    tags,
    policy: LOOK_BACK_STARTERS,
    body: c.startLookBackBody,
    status: 201,
    handler: ({ ctx, body }) => startLookBack(ctx, body),
  });
  on({
    method: 'GET',
    url: '/api/look-back-reviews',
    operationId: 'listLookBackReviews',
    response: a.lookBackReviewPage,
    summary: '回头看复查表列表',
    tags,
    policy: LOOK_BACK_READERS,
    querystring: c.lookBackReviewsQuery,
    handler: ({ ctx, query }) => queryLookBackReviews(ctx.db, ctx.actor, query),
  });
  on({
    method: 'PUT',
    url: '/api/look-back-reviews/:reviewId',
    operationId: 'submitLookBackReview',
    response: a.lookBackReview,
    summary: '承办单位填报复查表',
    tags,
    policy: LOOK_BACK_REVIEWERS,
    params: z.object({ reviewId: id }),
    body: c.lookBackReviewBody,
    handler: ({ ctx, params, body }) => submitLookBackReview(ctx, { reviewId: params.reviewId, ...body }),
  });
}
