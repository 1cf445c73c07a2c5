import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { okSchema } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/suggestion-drafts';
import { suggestionDraft } from '../../domain/contracts/suggestion-drafts-answers';
import { listSuggestionDrafts } from '../queries/suggestion-drafts';
import { createSuggestionDraft, deleteSuggestionDraft, updateSuggestionDraft } from '../usecases/submission/save-suggestion-draft';
import { operation, type RouteEnv } from './define';

const tags = ['建议草稿'];

/** A deputy's drafts (草稿): kept before submitting, seen by the deputy alone. */
export function suggestionDraftRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, {
    method: 'GET',
    url: '/api/suggestion-drafts',
    operationId: 'listSuggestionDrafts',
    response: z.array(suggestionDraft),
    summary: '我的建议草稿',
    tags,
    policy: ['deputy'],
    handler: ({ ctx }) => listSuggestionDrafts(ctx.db, ctx.actor),
  });
  operation(app, env, {
    method: 'POST',
    url: '/api/suggestion-drafts',
    operationId: 'createSuggestionDraft',
    response: suggestionDraft,
    summary: '保存为草稿',
    tags,
    policy: ['deputy'],
    body: c.suggestionDraftBody,
    status: 201,
    handler: ({ ctx, body }) => createSuggestionDraft(ctx, body),
  });
  operation(app, env, {
    method: 'PUT',
    url: '/api/suggestion-drafts/:draftId',
    operationId: 'updateSuggestionDraft',
    response: suggestionDraft,
    summary: '修改草稿（带版本号，过期则 409）',
    tags,
    policy: ['deputy'],
    params: c.suggestionDraftParams,
    body: c.updateSuggestionDraftBody,
    handler: ({ ctx, params, body }) => updateSuggestionDraft(ctx, { draftId: params.draftId, ...body }),
  });
  operation(app, env, {
    method: 'DELETE',
    url: '/api/suggestion-drafts/:draftId',
    operationId: 'deleteSuggestionDraft',
    response: okSchema,
    summary: '删除草稿',
    tags,
    policy: ['deputy'],
    params: c.suggestionDraftParams,
    querystring: c.deleteSuggestionDraftQuery,
    handler: ({ ctx, params, query }) => deleteSuggestionDraft(ctx, { draftId: params.draftId, version: query.version }),
  });
}
