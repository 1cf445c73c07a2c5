/**
 * The handling and evaluation operations of an item (split from routes/items.ts): acknowledging the
 * assignment, the unit's responsible people and key items, co-opinions, contacts, the deputy's evaluation,
 * rehandling, closing, attachments.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id, itemParams } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/items';
import * as a from '../../domain/contracts/item-answers';
import { markKeyItem } from '../usecases/handling/mark-key-item';
import { setResponsibility } from '../usecases/handling/set-responsibility';
import { acknowledgeAssignment } from '../usecases/assignment/acknowledge-assignment';
import { returnCoOpinion } from '../usecases/handling/return-co-opinion';
import { sendCoOpinion } from '../usecases/handling/send-co-opinion';
import { recordContact } from '../usecases/handling/record-contact';
import { respondContact } from '../usecases/handling/respond-contact';
import { evaluateReply } from '../usecases/evaluation/evaluate-reply';
import { forwardForRehandling } from '../usecases/evaluation/forward-for-rehandling';
import { closeItem } from '../usecases/evaluation/close-item';
import { uploadAttachment } from '../usecases/attachments/upload-attachment';
import { operations, type RouteEnv } from './define';

const UNIT = ['unitOffice'] as const;
const UNIT_STAFF = ['unitOffice', 'unitHandler'] as const;
const tags = ['建议办理'];

export function itemHandlingRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  const idParams = itemParams;
  on({
    method: 'PUT',
    url: '/api/items/:itemId/acknowledgement',
    operationId: 'acknowledgeAssignment',
    response: a.task,
    summary: '承办单位签收交办（预交办或正式交办）',
    tags,
    policy: UNIT,
    params: idParams,
    body: c.acknowledgeBody,
    handler: ({ ctx, params, body }) => acknowledgeAssignment(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'PUT',
    url: '/api/items/:itemId/responsibility',
    operationId: 'setResponsibility',
    response: a.task,
    summary: '办理责任分解',
    tags,
    policy: UNIT,
    params: idParams,
    body: c.responsibilityBody,
    handler: ({ ctx, params, body }) => setResponsibility(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'PUT',
    url: '/api/items/:itemId/key-item',
    operationId: 'markKeyItem',
    response: a.task,
    summary: '确定为本单位重点处理建议',
    tags,
    policy: UNIT,
    params: idParams,
    body: c.keyItemBody,
    handler: ({ ctx, params, body }) => markKeyItem(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/co-opinions',
    operationId: 'sendCoOpinion',
    response: a.coOpinion,
    summary: '报送会办意见',
    tags,
    policy: UNIT,
    params: idParams,
    body: c.coOpinionBody,
    status: 201,
    handler: ({ ctx, params, body }) => sendCoOpinion(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/co-tasks/:taskId/return',
    operationId: 'returnCoOpinion',
    response: a.returnedCoOpinionAnswer,
    summary: '主办单位退回会办意见',
    tags,
    policy: UNIT,
    params: z.object({ itemId: id, taskId: id }),
    body: c.returnCoOpinionBody,
    handler: ({ ctx, params, body }) => returnCoOpinion(ctx, { itemId: params.itemId, coTaskId: params.taskId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/contacts',
    operationId: 'recordContact',
    response: a.contact,
    summary: '登记沟通联系',
    tags,
    policy: UNIT_STAFF,
    params: idParams,
    body: c.contactBody,
    status: 201,
    handler: ({ ctx, params, body }) => recordContact(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/contacts/:contactId/response',
    operationId: 'respondContact',
    response: a.contactResponse,
    summary: '代表确认或对沟通记录提出异议',
    tags,
    policy: ['deputy'],
    params: z.object({ itemId: id, contactId: id }),
    body: c.contactResponseBody,
    status: 201,
    handler: ({ ctx, params, body }) => respondContact(ctx, { itemId: params.itemId, contactId: params.contactId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/evaluations',
    operationId: 'evaluateReply',
    response: a.evaluation,
    summary: '代表评价答复（或代录纸质评价表）',
    tags,
    policy: ['deputy', 'liaisonOffice'],
    params: idParams,
    body: c.evaluateBody,
    status: 201,
    handler: ({ ctx, params, body }) => evaluateReply(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/rehandling',
    operationId: 'forwardForRehandling',
    response: a.itemRecord,
    summary: '不满意件转交重新办理',
    tags,
    policy: ['liaisonOffice'],
    params: idParams,
    body: c.versionNoteBody,
    handler: ({ ctx, params, body }) => forwardForRehandling(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/close',
    operationId: 'closeItem',
    response: a.itemRecord,
    summary: '办结（未评价或参阅件）',
    tags,
    policy: ['liaisonOffice'],
    params: idParams,
    body: c.versionNoteBody,
    handler: ({ ctx, params, body }) => closeItem(ctx, { itemId: params.itemId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/attachments',
    operationId: 'uploadAttachment',
    response: a.attachmentInfo,
    summary: '上传附件（扫描件、照片、文档）',
    tags,
    policy: ['deputy', 'liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler'],
    params: idParams,
    body: c.attachmentBody,
    status: 201,
    handler: ({ ctx, params, body, env: e }) => uploadAttachment({ ...ctx, dataDir: e.dataDir }, { itemId: params.itemId, ...body }),
  });
}
