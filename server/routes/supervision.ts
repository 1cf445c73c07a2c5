import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id, itemParams } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/supervision';
import * as a from '../../domain/contracts/supervision-answers';
import { getBulletin, listBulletins } from '../queries/bulletins';
import { getItemSupervision } from '../queries/item-supervision';
import { listCommittees, queryKeySupervisions } from '../queries/key-supervisions';
import { designateKeySupervision } from '../usecases/supervision/designate-key-supervision';
import { generateBulletin } from '../usecases/supervision/generate-bulletin';
import { issueUrgingLetter } from '../usecases/supervision/issue-urging-letter';
import { recordSupervisionActivity } from '../usecases/supervision/record-supervision-activity';
import { revokeKeySupervision } from '../usecases/supervision/revoke-key-supervision';
import { sendManualReminder } from '../usecases/supervision/send-manual-reminder';
import { updateKeySupervision } from '../usecases/supervision/update-key-supervision';
import { operations, type RouteEnv } from './define';

/** Who supervises (R-SUP-2, R-SUP-3): the offices and the supervising leaders and committees. */
const SUPERVISORS = ['liaisonOffice', 'governmentOffice', 'supervisor'] as const;
/** Who reads an item's supervision and the key-supervised items: supervisors all, units their own (deputies none). */
const SUPERVISION_READERS = [...SUPERVISORS, 'unitOffice', 'unitHandler', 'unitLeader'] as const;
const OFFICES = ['liaisonOffice', 'governmentOffice'] as const;
const tags = ['督办'];

/** Key supervision, manual reminders, urging letters and progress bulletins (issue 4; R-SUP-2/3/4). */
export function supervisionRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);

  on({
    method: 'GET',
    url: '/api/items/:itemId/supervision',
    operationId: 'getItemSupervision',
    response: a.itemSupervision,
    summary: '建议的督办情况：重点督办、督办活动、催办、督办函',
    tags,
    policy: SUPERVISION_READERS,
    params: itemParams,
    handler: ({ ctx, params }) => getItemSupervision(ctx.db, ctx.actor, params.itemId),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/key-supervision',
    operationId: 'designateKeySupervision',
    response: a.keySupervisionRecord,
    summary: '确定为重点督办件（领导领衔、专委会对口、联合督办）',
    tags,
    policy: SUPERVISORS,
    params: itemParams,
    body: c.designateKeySupervisionBody,
    status: 201,
    handler: ({ ctx, params, body }) => designateKeySupervision(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'PUT',
    url: '/api/items/:itemId/key-supervision',
    operationId: 'updateKeySupervision',
    response: a.keySupervisionRecord,
    summary: '修改重点督办安排',
    tags,
    policy: SUPERVISORS,
    params: itemParams,
    body: c.updateKeySupervisionBody,
    handler: ({ ctx, params, body }) => updateKeySupervision(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/key-supervision/revocation',
    operationId: 'revokeKeySupervision',
    response: a.keySupervisionRecord,
    summary: '撤销重点督办',
    tags,
    policy: SUPERVISORS,
    params: itemParams,
    body: c.revokeKeySupervisionBody,
    handler: ({ ctx, params, body }) => revokeKeySupervision(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/supervision-activities',
    operationId: 'recordSupervisionActivity',
    response: a.supervisionActivity,
    summary: '登记督办活动（座谈、视察、调研）',
    tags,
    policy: SUPERVISORS,
    params: itemParams,
    body: c.supervisionActivityBody,
    status: 201,
    handler: ({ ctx, params, body }) => recordSupervisionActivity(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/reminders',
    operationId: 'sendManualReminder',
    response: a.manualRemindersAnswer,
    summary: '催办：提醒承办单位加快办理',
    tags,
    policy: SUPERVISORS,
    params: itemParams,
    body: c.manualReminderBody,
    status: 201,
    handler: ({ ctx, params, body }) => sendManualReminder(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/urging-letters',
    operationId: 'issueUrgingLetter',
    response: a.urgingLetter,
    summary: '向承办单位发出督办函',
    tags,
    policy: SUPERVISORS,
    params: itemParams,
    body: c.urgingLetterBody,
    status: 201,
    handler: ({ ctx, params, body }) => issueUrgingLetter(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'GET',
    url: '/api/key-supervisions',
    operationId: 'listKeySupervisions',
    response: a.keySupervisionList,
    summary: '重点督办件及其办理进展和统计',
    tags,
    policy: SUPERVISION_READERS,
    querystring: c.keySupervisionQuery,
    handler: ({ ctx, query }) => queryKeySupervisions(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/committees',
    operationId: 'listCommittees',
    response: a.committeeList,
    summary: '人大专门委员会（对口督办）',
    tags: ['基础数据'],
    policy: SUPERVISORS,
    handler: ({ ctx }) => listCommittees(ctx.db, ctx.actor),
  });

  on({
    method: 'GET',
    url: '/api/bulletins',
    operationId: 'listBulletins',
    response: a.bulletinList,
    summary: '办理进度通报列表',
    tags,
    policy: SUPERVISORS,
    querystring: z.object({ sessionId: id.optional() }),
    handler: ({ ctx, query }) => listBulletins(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/bulletins',
    operationId: 'generateBulletin',
    response: a.generatedBulletin,
    summary: '生成办理进度通报（截至今日）',
    tags,
    policy: OFFICES,
    body: c.generateBulletinBody,
    status: 201,
    handler: ({ ctx, body }) => generateBulletin(ctx, body),
  });
  on({
    method: 'GET',
    url: '/api/bulletins/:bulletinId',
    operationId: 'getBulletin',
    response: a.bulletin,
    summary: '办理进度通报详情',
    tags,
    policy: SUPERVISORS,
    params: c.bulletinParams,
    handler: ({ ctx, params }) => getBulletin(ctx.db, ctx.actor, params.bulletinId),
  });
}
