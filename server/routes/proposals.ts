import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { itemParams } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/proposals';
import { relatedItems, submitterOrganization } from '../../domain/contracts/proposals-answers';
import { ITEM_READERS } from '../../domain/items/roles';
import { relatedItemsOf } from '../queries/proposals/related-items';
import { listSubmitterOrganizations } from '../queries/proposals/submitter-organizations';
import { linkRelatedItems, unlinkRelatedItems } from '../usecases/proposals/link-related-items';
import { operations, type RouteEnv } from './define';

const tags = ['政协提案'];
/** Who links related items: those who may see both — the government office, the offices in their own body, a unit handling both. */
const LINKERS = ['governmentOffice', 'liaisonOffice', 'unitOffice'] as const;
const linkAnswer = z.object({ linked: z.boolean() });

/**
 * CPPCC proposals beside suggestions (issue 14, §8). Proposals go through the items' own operations
 * (submit, co-sign, review, assign, reply, evaluate) under the same rules; what is theirs alone is here:
 * the organizations that submit collective proposals, and related items (R-CPPCC-3: linked, never merged).
 */
export function proposalRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/submitter-organizations',
    operationId: 'listSubmitterOrganizations',
    response: z.array(submitterOrganization),
    summary: '可以提出集体提案的党派、团体和专门委员会（委员：本人联络的组织）',
    tags,
    policy: ['deputy', 'liaisonOffice'],
    handler: ({ ctx }) => listSubmitterOrganizations(ctx.db, ctx.actor),
  });
  on({
    method: 'GET',
    url: '/api/items/:itemId/related',
    operationId: 'listRelatedItems',
    response: relatedItems,
    summary: '相关件（建议与提案关联，对照阅读）',
    tags,
    policy: ITEM_READERS,
    params: itemParams,
    handler: ({ ctx, params }) => relatedItemsOf(ctx.db, ctx.actor, params.itemId),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/related',
    operationId: 'linkRelatedItem',
    response: linkAnswer,
    summary: '关联相关件（代表建议与政协提案不能并案，可以关联）',
    tags,
    policy: LINKERS,
    params: itemParams,
    body: c.linkRelatedBody,
    status: 201,
    handler: ({ ctx, params, body }) => linkRelatedItems(ctx, params.itemId, body.relatedId),
  });
  on({
    method: 'DELETE',
    url: '/api/items/:itemId/related/:relatedId',
    operationId: 'unlinkRelatedItem',
    response: linkAnswer,
    summary: '取消关联相关件',
    tags,
    policy: LINKERS,
    params: c.relatedParams,
    handler: ({ ctx, params }) => unlinkRelatedItems(ctx, params.itemId, params.relatedId),
  });
}
