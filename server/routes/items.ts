import { ITEM_READERS } from '../../domain/items/roles';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id, itemParams } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/items';
import * as a from '../../domain/contracts/item-answers';
import { getItemDetail } from '../queries/item-detail';
import { listCosignatureInvitations } from '../queries/cosignature-invitations';
import { queryLedger, textCountOf } from '../queries/ledger';
import { actorScopeKey } from '../queries/snapshot-cache';
import { cacheTags } from '../auth/item-scope';
import { todayInShanghai } from '../../domain/deadlines';
import { submitSuggestion } from '../usecases/submission/submit-suggestion';
import { respondCosignature } from '../usecases/submission/respond-cosignature';
import { withdrawSuggestion } from '../usecases/submission/withdraw-suggestion';
import { resubmitSuggestion } from '../usecases/submission/resubmit-suggestion';
import { reviewSuggestion } from '../usecases/review/review-suggestion';
import { mergeSuggestions } from '../usecases/review/merge-suggestions';
import { changeCategory } from '../usecases/review/change-category';
import { assignSuggestion } from '../usecases/assignment/assign-suggestion';
import { reassignSuggestion } from '../usecases/assignment/reassign-suggestion';
import { requestAdjustment } from '../usecases/assignment/request-adjustment';
import { decideAdjustment } from '../usecases/assignment/decide-adjustment';
import { requestExtension } from '../usecases/handling/request-extension';
import { decideExtension } from '../usecases/handling/decide-extension';
import { operations, type RouteEnv } from './define';

const OFFICES = ['liaisonOffice', 'governmentOffice'] as const;
const READERS = ITEM_READERS;
const UNIT = ['unitOffice'] as const;
const tags = ['建议办理'];

export function itemRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  const idParams = itemParams;

  on({
    method: 'GET',
    url: '/api/items',
    operationId: 'listItems',
    response: a.ledgerPage,
    summary: '台账：建议列表（筛选、排序、分页）',
    tags,
    policy: READERS,
    querystring: c.ledgerQuery,
    // Issue 6 §4: pages per database snapshot (exact), kept across writes outside the actor's scope (issue 18);
    // the lights depend on today.
    // A search's count is kept apart: it changes only with the texts, the page at every transition (issue 18).
    handler: ({ ctx, query }) => {
      const counting = textCountOf(ctx.actor, query);
      return ctx.cached(
        ['ledger', actorScopeKey(ctx.actor), todayInShanghai(), JSON.stringify(query)],
        async (tx) => {
          const textCount = counting ? await ctx.kept(['text-count', actorScopeKey(ctx.actor), counting.key], counting.count, counting.tags, tx) : undefined;
          return queryLedger(tx, ctx.actor, query, new Date(), { textCount });
        },
        cacheTags(ctx.actor),
      );
    },
  });
  on({
    method: 'GET',
    url: '/api/items/cosignature-invitations',
    operationId: 'listCosignatureInvitations',
    response: z.array(a.cosignatureInvitation),
    summary: '待我确认的附议邀请',
    tags,
    policy: ['deputy'],
    handler: ({ ctx }) => listCosignatureInvitations(ctx.db, ctx.actor),
  });
  on({
    method: 'GET',
    url: '/api/items/:itemId',
    operationId: 'getItem',
    response: a.itemDetail,
    summary: '建议详情及全部办理记录',
    tags,
    policy: READERS,
    params: idParams,
    handler: ({ ctx, params }) =>
      // Kept across writes that did not touch this item (issue 18).
      ctx.cached(['item', params.itemId, actorScopeKey(ctx.actor), todayInShanghai()], (tx) => getItemDetail(tx, ctx.actor, params.itemId), [
        `i:${params.itemId}`,
      ]),
  });
  on({
    method: 'POST',
    url: '/api/items',
    operationId: 'submitSuggestion',
    response: a.itemRecord,
    summary: '提出建议（单独或联名）',
    tags,
    policy: ['deputy', 'liaisonOffice'],
    body: c.submitSuggestionBody,
    status: 201,
    handler: ({ ctx, body }) => submitSuggestion(ctx, body),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/cosignature',
    operationId: 'respondCosignature',
    response: a.itemRecord,
    summary: '附议代表确认或拒绝附议',
    tags,
    policy: ['deputy'],
    params: idParams,
    body: c.cosignBody,
    handler: ({ ctx, params, body }) => respondCosignature(ctx, { itemId: params.itemId, confirm: body.confirm }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/resubmit',
    operationId: 'resubmitSuggestion',
    response: a.itemRecord,
    summary: '修改后重新提交',
    tags,
    policy: ['deputy'],
    params: idParams,
    body: c.resubmitBody,
    handler: ({ ctx, params, body }) => resubmitSuggestion(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/withdrawal',
    operationId: 'withdrawSuggestion',
    response: a.itemRecord,
    summary: '撤回建议（立案前，领衔代表）',
    tags,
    policy: ['deputy'],
    params: idParams,
    body: c.versionNoteBody,
    handler: ({ ctx, params, body }) => withdrawSuggestion(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/review',
    operationId: 'reviewSuggestion',
    response: a.itemRecord,
    summary: '审核：立案、退回修改、转参阅件、不予立案',
    tags,
    policy: ['liaisonOffice'],
    params: idParams,
    body: c.reviewBody,
    handler: ({ ctx, params, body }) => reviewSuggestion(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/merge',
    operationId: 'mergeSuggestions',
    response: a.itemRecord,
    summary: '并案',
    tags,
    policy: ['liaisonOffice'],
    params: idParams,
    body: c.mergeBody,
    handler: ({ ctx, params, body }) => mergeSuggestions(ctx, { primaryId: params.itemId, ...body }),
  });
  on({
    method: 'PATCH',
    url: '/api/items/:itemId/category',
    operationId: 'changeCategory',
    response: a.itemRecord,
    summary: '修改建议类别（立案后）',
    tags,
    policy: OFFICES,
    params: idParams,
    body: c.changeCategoryBody,
    handler: ({ ctx, params, body }) => changeCategory(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/draft-assignment',
    operationId: 'draftAssignment',
    response: a.itemRecord,
    summary: '预交办',
    tags,
    policy: OFFICES,
    params: idParams,
    body: c.assignBody,
    handler: ({ ctx, params, body }) => assignSuggestion(ctx, { itemId: params.itemId, ...body, draft: true }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/assignment',
    operationId: 'assignSuggestion',
    response: a.itemRecord,
    summary: '正式交办',
    tags,
    policy: OFFICES,
    params: idParams,
    body: c.assignBody,
    handler: ({ ctx, params, body }) => assignSuggestion(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/reassignment',
    operationId: 'reassignSuggestion',
    response: a.itemRecord,
    summary: '二次交办',
    tags,
    policy: OFFICES,
    params: idParams,
    body: c.reassignBody,
    handler: ({ ctx, params, body }) => reassignSuggestion(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/adjustment-requests',
    operationId: 'requestAdjustment',
    response: a.itemRequest,
    summary: '承办单位申请调整',
    tags,
    policy: UNIT,
    params: idParams,
    body: c.adjustmentRequestBody,
    status: 201,
    handler: ({ ctx, params, body }) => requestAdjustment(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/adjustment-requests/:requestId/decision',
    operationId: 'decideAdjustment',
    response: a.decisionAnswer,
    summary: '审批调整申请',
    tags,
    policy: OFFICES,
    params: z.object({ itemId: id, requestId: id }),
    body: c.decideAdjustmentBody,
    handler: ({ ctx, params, body }) => decideAdjustment(ctx, { itemId: params.itemId, requestId: params.requestId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/extension-requests',
    operationId: 'requestExtension',
    response: a.itemRequest,
    summary: '申请延期答复',
    tags,
    policy: UNIT,
    params: idParams,
    body: c.requestExtensionBody,
    status: 201,
    handler: ({ ctx, params, body }) => requestExtension(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/extension-requests/:requestId/decision',
    operationId: 'decideExtension',
    response: a.decisionAnswer,
    summary: '审批延期申请',
    tags,
    policy: OFFICES,
    params: z.object({ itemId: id, requestId: id }),
    body: c.decideRequestBody,
    handler: ({ ctx, params, body }) => decideExtension(ctx, { itemId: params.itemId, requestId: params.requestId, ...body }),
  });
}
