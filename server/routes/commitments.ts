import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/commitments';
import { queryCommitmentRegister } from '../queries/commitments-register';
import { queryLookBack, queryLookBackReviews } from '../queries/look-back';
import { carryOverCommitments } from '../usecases/commitments/carry-over-commitments';
import { changeCommitment } from '../usecases/commitments/change-commitment';
import { startLookBack } from '../usecases/look-back/start-look-back';
import { submitLookBackReview } from '../usecases/look-back/submit-look-back-review';
import { operation, type RouteEnv } from './define';

const OFFICES = ['liaisonOffice', 'governmentOffice'] as const;
const READERS = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitLeader'] as const;
const LOOK_BACK_READERS = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitHandler', 'unitLeader'] as const;
const tags = ['承诺事项与回头看'];

/** R-TRACK-1 B commitments (register, changes, carry-over) and R-TRACK-2 the yearly look-back. */
export function commitmentRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = <B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType>(def: Parameters<typeof operation<B, P, Q>>[2]) => operation(app, env, def);

  on({ method: 'GET', url: '/api/commitments', operationId: 'listCommitments', summary: 'B 类承诺事项挂号销号台账', tags, policy: READERS, querystring: c.commitmentRegisterQuery,
    handler: ({ ctx, query }) => queryCommitmentRegister(ctx.db, ctx.actor, query) });
  on({ method: 'POST', url: '/api/items/:itemId/commitments/:commitmentId', operationId: 'changeCommitment',
    summary: 'B 类承诺：报告进展（附佐证材料）、申请销号、审批销号申请、销号、转 C 类', tags,
    policy: ['liaisonOffice', 'governmentOffice', 'unitOffice'], params: z.object({ itemId: id, commitmentId: id }), body: c.commitmentActionBody,
    handler: ({ ctx, params, body }) => changeCommitment(ctx, { itemId: params.itemId, commitmentId: params.commitmentId, ...body }) });
  on({ method: 'POST', url: '/api/commitments/carry-over', operationId: 'carryOverCommitments', summary: '未销号承诺事项结转到最新会次继续跟踪', tags, policy: OFFICES,
    handler: ({ ctx }) => carryOverCommitments(ctx) });

  on({ method: 'GET', url: '/api/look-backs/:year', operationId: 'getLookBack', summary: '某年度回头看的进度（按状态、复查结论、承办单位）', tags, policy: LOOK_BACK_READERS,
    params: c.lookBackParams, handler: ({ ctx, params }) => queryLookBack(ctx.db, ctx.actor, params.year) });
  on({ method: 'POST', url: '/api/look-backs', operationId: 'startLookBack', summary: '启动某年度回头看：为往年 A、B 类答复建议生成复查表', tags, policy: OFFICES, body: c.startLookBackBody, status: 201,
    handler: ({ ctx, body }) => startLookBack(ctx, body) });
  on({ method: 'GET', url: '/api/look-back-reviews', operationId: 'listLookBackReviews', summary: '回头看复查表列表', tags, policy: LOOK_BACK_READERS, querystring: c.lookBackReviewsQuery,
    handler: ({ ctx, query }) => queryLookBackReviews(ctx.db, ctx.actor, query) });
  on({ method: 'PUT', url: '/api/look-back-reviews/:reviewId', operationId: 'submitLookBackReview', summary: '承办单位填报复查表', tags, policy: ['unitOffice', 'unitHandler'],
    params: z.object({ reviewId: id }), body: c.lookBackReviewBody,
    handler: ({ ctx, params, body }) => submitLookBackReview(ctx, { reviewId: params.reviewId, ...body }) });
}
