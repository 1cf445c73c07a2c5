import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addMembershipBody, membershipParams } from '../../domain/contracts/admin';
import { membershipRow } from '../../domain/contracts/admin-answers';
import { createdAnswer, itemParams, okSchema } from '../../domain/contracts/common';
import { itemRecord } from '../../domain/contracts/item-answers';
import * as c from '../../domain/contracts/levels';
import { rollUpAnswer, rollUpItemsAnswer, treeAnswer } from '../../domain/contracts/levels-answers';
import { queryRollUp, queryRollUpItems } from '../queries/levels/roll-up';
import { viewerTree } from '../queries/levels/tree';
import { listMemberships } from '../queries/admin/list-memberships';
import { addMembership, removeMembership } from '../usecases/admin/memberships';
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
  // A body's administrator lets users of other bodies work in it too (their places).
  on({
    method: 'GET',
    url: '/api/admin/memberships',
    operationId: 'listMemberships',
    summary: '在本级兼任的其他人大、政协用户',
    tags,
    policy: ['admin'],
    response: z.array(membershipRow),
    handler: ({ ctx }) => listMemberships(ctx.db, ctx.actor),
  });
  on({
    method: 'POST',
    url: '/api/admin/memberships',
    operationId: 'addMembership',
    summary: '让其他人大、政协的用户在本级兼任一个角色',
    tags,
    policy: ['admin'],
    status: 201,
    body: addMembershipBody,
    response: createdAnswer,
    handler: ({ ctx, body }) => addMembership(ctx, body),
  });
  on({
    method: 'DELETE',
    url: '/api/admin/memberships/:membershipId',
    operationId: 'removeMembership',
    summary: '取消兼任（正在使用该身份的会话回到本人的身份）',
    tags,
    policy: ['admin'],
    params: membershipParams,
    response: okSchema,
    handler: ({ ctx, params }) => removeMembership(ctx, params),
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
