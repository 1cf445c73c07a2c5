import type { FastifyInstance } from 'fastify';
import { itemParams } from '../../domain/contracts/common';
import { itemRecord } from '../../domain/contracts/item-answers';
import * as c from '../../domain/contracts/levels';
import { rollUpAnswer, rollUpItemsAnswer, treeAnswer } from '../../domain/contracts/levels-answers';
import { queryRollUp, queryRollUpItems } from '../queries/levels/roll-up';
import { viewerTree } from '../queries/levels/tree';
import { handDownItem } from '../usecases/levels/hand-down-item';
import { operations, type RouteEnv } from './define';

const tags = ['多级人大'];

/** The tree of congresses (issue 16): the bodies below the viewer's and their figures side by side. */
export function levelRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/levels/tree',
    operationId: 'getCongressTree',
    summary: '本级及下级人大、政协',
    tags,
    policy: ['liaisonOffice', 'governmentOffice', 'supervisor'],
    response: treeAnswer,
    handler: ({ ctx }) => viewerTree(ctx.db, ctx.actor),
  });
  on({
    method: 'GET',
    url: '/api/levels/roll-up',
    operationId: 'getRollUp',
    summary: '下级人大建议办理情况汇总（逐级）',
    tags,
    policy: ['liaisonOffice', 'governmentOffice', 'supervisor'],
    querystring: c.rollUpQuery,
    response: rollUpAnswer,
    handler: ({ ctx, query }) => queryRollUp(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/levels/roll-up/items',
    operationId: 'getRollUpItems',
    summary: '下级人大某项统计对应的建议（只读）',
    tags,
    policy: ['liaisonOffice', 'governmentOffice', 'supervisor'],
    querystring: c.rollUpItemsQuery,
    response: rollUpItemsAnswer,
    handler: ({ ctx, query }) => queryRollUpItems(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/hand-down',
    operationId: 'handDownItem',
    summary: '交由下级人大办理（上级交办的建议）',
    tags,
    policy: ['liaisonOffice', 'governmentOffice'],
    params: itemParams,
    body: c.handDownBody,
    response: itemRecord,
    handler: ({ ctx, params, body }) => handDownItem(ctx, { itemId: params.itemId, ...body }),
  });
}
