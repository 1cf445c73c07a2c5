import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorAnswer, okSchema } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/hotline';
import * as a from '../../domain/contracts/hotline-answers';
import { HOTLINE_CREATORS, HOTLINE_KEY_KEEPERS, HOTLINE_OFFICE, HOTLINE_READERS } from '../../domain/hotline/permissions';
import { TRANSITIONS } from '../../domain/items/transitions';
import { hotlineApiKeyList } from '../queries/hotline/api-keys';
import { matchCaller } from '../queries/hotline/caller-match';
import { hotlineCatalogue } from '../queries/hotline/catalogue';
import { hotlineLedger } from '../queries/hotline/ledger';
import { workOrderDetail } from '../queries/hotline/order-detail';
import { confirmWorkOrderCaller } from '../usecases/hotline/confirm-work-order-caller';
import { createApiKey } from '../usecases/hotline/create-api-key';
import { createCatalogueEntry } from '../usecases/hotline/create-catalogue-entry';
import { createWorkOrder } from '../usecases/hotline/create-work-order';
import { decideWorkOrderExtension } from '../usecases/hotline/decide-work-order-extension';
import { deleteCatalogueEntry } from '../usecases/hotline/delete-catalogue-entry';
import { dispatchWorkOrder } from '../usecases/hotline/dispatch-work-order';
import { feedBackWorkOrder } from '../usecases/hotline/feed-back-work-order';
import { finishWorkOrder } from '../usecases/hotline/finish-work-order';
import { mergeWorkOrder } from '../usecases/hotline/merge-work-order';
import { rateWorkOrder } from '../usecases/hotline/rate-work-order';
import { platformOf, receivePlatformOrder, type Platform } from '../usecases/hotline/receive-platform-order';
import { recordWorkOrderContact } from '../usecases/hotline/record-work-order-contact';
import { recordWorkOrderSignOff } from '../usecases/hotline/record-work-order-sign-off';
import { requestWorkOrderExtension } from '../usecases/hotline/request-work-order-extension';
import { requestWorkOrderSignOff } from '../usecases/hotline/request-work-order-sign-off';
import { returnWorkOrder } from '../usecases/hotline/return-work-order';
import { revokeApiKey } from '../usecases/hotline/revoke-api-key';
import { spotCheckWorkOrder } from '../usecases/hotline/spot-check-work-order';
import { superviseWorkOrderJointly } from '../usecases/hotline/supervise-work-order-jointly';
import { updateCatalogueEntry } from '../usecases/hotline/update-catalogue-entry';
import { operations, type RouteEnv, type RouteCtx } from './define';

const tags = ['代表民情通达专线'];

/**
 * The deputies' hotline channel (人大代表民情通达专线, issue 15 §1–§4, R-LINE-1/2): orders typed by the
 * hotline office, filed by deputies or pushed by the city's 12345 platform; dispatch, sign-off,
 * return and reassignment, merging; the units' contact, extension, finishing and feedback; the
 * rating and the supervision; the ledger, the order page, the dispatch catalogue and the platform's keys.
 */
export function hotlineRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  const detail = (ctx: RouteCtx, orderId: number) => workOrderDetail(ctx.db, ctx.actor, orderId);

  on({
    method: 'GET',
    url: '/api/hotline/orders',
    operationId: 'listWorkOrders',
    summary: '专线台账（来电号码、来电姓名、事件分类、来电内容、来电时间、回复时间、回复内容、满意度及各项时限亮灯）',
    tags,
    policy: HOTLINE_READERS,
    querystring: c.ledgerQuery,
    response: a.ledgerAnswer,
    handler: ({ ctx, query }) => hotlineLedger(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/hotline/orders',
    operationId: 'createWorkOrder',
    summary: '登记代表来电工单（市长热线办接听登记，或代表本人在线提交）',
    tags,
    policy: HOTLINE_CREATORS,
    body: c.createWorkOrderBody,
    response: a.createdOrderAnswer,
    status: 201,
    handler: ({ ctx, body }) => createWorkOrder(ctx, body),
  });
  on({
    method: 'GET',
    url: '/api/hotline/caller-match',
    operationId: 'matchHotlineCaller',
    summary: '按来电号码匹配本级人大代表',
    tags,
    policy: HOTLINE_OFFICE,
    querystring: c.callerMatchQuery,
    response: a.callerMatchAnswer,
    handler: ({ ctx, query }) => matchCaller(ctx.db, ctx.actor, query.phone),
  });
  on({
    method: 'GET',
    url: '/api/hotline/orders/:orderId',
    operationId: 'getWorkOrder',
    summary: '工单详情（承办单位、联系记录、督办、办理过程、可进行的操作）',
    tags,
    policy: HOTLINE_READERS,
    params: c.orderParams,
    response: a.orderDetail,
    handler: ({ ctx, params }) => detail(ctx, params.orderId),
  });

  /** One state change of an order: its use case, then the order page as it now stands. */
  const change = <B extends import('zod').ZodType>(def: {
    url: string;
    operationId: string;
    summary: string;
    policy: readonly import('../../domain/items/roles').Role[];
    body: B;
    run: (ctx: RouteCtx, orderId: number, body: import('zod').output<B>) => Promise<unknown>;
  }) =>
    on({
      method: 'POST',
      url: `/api/hotline/orders/:orderId/${def.url}`,
      operationId: def.operationId,
      summary: def.summary,
      tags,
      policy: def.policy,
      params: c.orderParams,
      body: def.body,
      response: a.orderDetail,
      handler: async ({ ctx, params, body }) => {
        await def.run(ctx, params.orderId, body);
        return detail(ctx, params.orderId);
      },
    });

  change({
    url: 'caller',
    operationId: 'confirmWorkOrderCaller',
    summary: '确认或更改来电代表',
    policy: HOTLINE_OFFICE,
    body: c.confirmCallerBody,
    run: (ctx, orderId, b) => confirmWorkOrderCaller(ctx, { orderId, ...b }),
  });
  change({
    url: 'sign-off-request',
    operationId: 'requestWorkOrderSignOff',
    summary: '呈签（复杂疑难工单报分管副秘书长协调）',
    policy: TRANSITIONS.requestWorkOrderSignOff.roles,
    body: c.requestSignOffBody,
    run: (ctx, orderId, b) => requestWorkOrderSignOff(ctx, { orderId, ...b }),
  });
  change({
    url: 'sign-off',
    operationId: 'recordWorkOrderSignOff',
    summary: '登记呈签批示',
    policy: TRANSITIONS.recordWorkOrderSignOff.roles,
    body: c.recordSignOffBody,
    run: (ctx, orderId, b) => recordWorkOrderSignOff(ctx, { orderId, ...b }),
  });
  change({
    url: 'dispatch',
    operationId: 'dispatchWorkOrder',
    summary: '派单或改派（明确一个牵头单位）',
    policy: TRANSITIONS.dispatchWorkOrder.roles,
    body: c.dispatchBody,
    run: (ctx, orderId, b) => dispatchWorkOrder(ctx, { orderId, ...b }),
  });
  change({
    url: 'return',
    operationId: 'returnWorkOrder',
    summary: '退单（承办单位在退单时限内说明理由）',
    policy: TRANSITIONS.returnWorkOrder.roles,
    body: c.returnBody,
    run: (ctx, orderId, b) => returnWorkOrder(ctx, { orderId, ...b }),
  });
  change({
    url: 'merge',
    operationId: 'mergeWorkOrder',
    summary: '并单（并入反映同一问题的工单）',
    policy: TRANSITIONS.mergeWorkOrder.roles,
    body: c.mergeBody,
    run: (ctx, orderId, b) => mergeWorkOrder(ctx, { orderId, ...b }),
  });
  change({
    url: 'contacts',
    operationId: 'recordWorkOrderContact',
    summary: '登记与代表联系情况（24 小时内联系并邀请代表参与办理）',
    policy: TRANSITIONS.recordWorkOrderContact.roles,
    body: c.contactBody,
    run: (ctx, orderId, b) => recordWorkOrderContact(ctx, { orderId, ...b }),
  });
  change({
    url: 'extension-request',
    operationId: 'requestWorkOrderExtension',
    summary: '申请延期（牵头单位）',
    policy: TRANSITIONS.requestWorkOrderExtension.roles,
    body: c.extensionRequestBody,
    run: (ctx, orderId, b) => requestWorkOrderExtension(ctx, { orderId, ...b }),
  });
  change({
    url: 'extension-decision',
    operationId: 'decideWorkOrderExtension',
    summary: '审批延期申请',
    policy: TRANSITIONS.decideWorkOrderExtension.roles,
    body: c.extensionDecisionBody,
    run: (ctx, orderId, b) => decideWorkOrderExtension(ctx, { orderId, ...b }),
  });
  change({
    url: 'finish',
    operationId: 'finishWorkOrder',
    summary: '办结（牵头单位填写办理结果）',
    policy: TRANSITIONS.finishWorkOrder.roles,
    body: c.finishBody,
    run: (ctx, orderId, b) => finishWorkOrder(ctx, { orderId, ...b }),
  });
  change({
    url: 'feedback',
    operationId: 'feedBackWorkOrder',
    summary: '向代表反馈办理结果',
    policy: TRANSITIONS.feedBackWorkOrder.roles,
    body: c.feedbackBody,
    run: (ctx, orderId, b) => feedBackWorkOrder(ctx, { orderId, ...b }),
  });
  change({
    url: 'rating',
    operationId: 'rateWorkOrder',
    summary: '回访评价（满意、基本满意、不满意、非常不满意）',
    policy: TRANSITIONS.rateWorkOrder.roles,
    body: c.ratingBody,
    run: (ctx, orderId, b) => rateWorkOrder(ctx, { orderId, ...b }),
  });
  change({
    url: 'joint-supervision',
    operationId: 'superviseWorkOrderJointly',
    summary: '联合督办',
    policy: TRANSITIONS.superviseWorkOrderJointly.roles,
    body: c.jointSupervisionBody,
    run: (ctx, orderId, b) => superviseWorkOrderJointly(ctx, { orderId, ...b }),
  });
  change({
    url: 'spot-checks',
    operationId: 'spotCheckWorkOrder',
    summary: '登记督办抽查情况',
    policy: TRANSITIONS.spotCheckWorkOrder.roles,
    body: c.spotCheckBody,
    run: (ctx, orderId, b) => spotCheckWorkOrder(ctx, { orderId, ...b }),
  });

  on({
    method: 'GET',
    url: '/api/hotline/catalogue',
    operationId: 'getHotlineCatalogue',
    summary: '派单目录（事件分类、承办单位、对口专门委员会）及可选的单位、专门委员会、属地',
    tags,
    policy: HOTLINE_READERS,
    response: a.catalogueAnswer,
    handler: ({ ctx }) => hotlineCatalogue(ctx.db, ctx.actor),
  });
  on({
    method: 'POST',
    url: '/api/hotline/catalogue',
    operationId: 'createHotlineCatalogueEntry',
    summary: '新增派单目录分类',
    tags,
    policy: HOTLINE_OFFICE,
    body: c.catalogueBody,
    response: a.catalogueAnswer,
    status: 201,
    handler: async ({ ctx, body }) => {
      await createCatalogueEntry(ctx, body);
      return hotlineCatalogue(ctx.db, ctx.actor);
    },
  });
  on({
    method: 'PUT',
    url: '/api/hotline/catalogue/:catalogueId',
    operationId: 'updateHotlineCatalogueEntry',
    summary: '修改派单目录分类（须提供所见版本）',
    tags,
    policy: HOTLINE_OFFICE,
    params: c.catalogueParams,
    body: c.catalogueUpdateBody,
    response: a.catalogueAnswer,
    handler: async ({ ctx, params, body }) => {
      await updateCatalogueEntry(ctx, { catalogueId: params.catalogueId, ...body });
      return hotlineCatalogue(ctx.db, ctx.actor);
    },
  });
  on({
    method: 'DELETE',
    url: '/api/hotline/catalogue/:catalogueId',
    operationId: 'deleteHotlineCatalogueEntry',
    summary: '删除派单目录分类（尚无工单使用时）',
    tags,
    policy: HOTLINE_OFFICE,
    params: c.catalogueParams,
    querystring: c.versionQuery,
    response: okSchema,
    handler: ({ ctx, params, query }) => deleteCatalogueEntry(ctx, { catalogueId: params.catalogueId, version: query.version }),
  });

  on({
    method: 'GET',
    url: '/api/hotline/api-keys',
    operationId: 'listHotlineApiKeys',
    summary: '12345 平台接口密钥（名称、创建和停用时间）',
    tags,
    policy: HOTLINE_KEY_KEEPERS,
    response: a.apiKeysAnswer,
    handler: ({ ctx }) => hotlineApiKeyList(ctx.db, ctx.actor),
  });
  on({
    method: 'POST',
    url: '/api/hotline/api-keys',
    operationId: 'createHotlineApiKey',
    summary: '新建 12345 平台接口密钥（密钥明文仅此一次返回）',
    tags,
    policy: HOTLINE_KEY_KEEPERS,
    body: c.apiKeyBody,
    response: a.createdApiKeyAnswer,
    status: 201,
    handler: ({ ctx, body }) => createApiKey(ctx, body),
  });
  on({
    method: 'POST',
    url: '/api/hotline/api-keys/:keyId/revoke',
    operationId: 'revokeHotlineApiKey',
    summary: '停用 12345 平台接口密钥',
    tags,
    policy: HOTLINE_KEY_KEEPERS,
    params: c.apiKeyParams,
    response: okSchema,
    handler: ({ ctx, params }) => revokeApiKey(ctx, params),
  });

  // The 12345 platform's push: no session and no CSRF token (policy public). Its X-Api-Key is checked
  // on the request, before the body is parsed or validated (as a session is), so a caller without a
  // valid key learns nothing of the body's rules. Registered directly: a new order answers 201, one
  // sent again 200.
  const platforms = new WeakMap<FastifyRequest, Platform>();
  app.withTypeProvider<ZodTypeProvider>().route({
    method: 'POST',
    url: '/api/hotline/inbound/orders',
    // apiKey: the OpenAPI document names its X-Api-Key as the route's security (routes/openapi.ts).
    config: { policy: 'public', apiKey: true },
    onRequest: async (req) => {
      const key = req.headers['x-api-key'];
      platforms.set(req, await platformOf(env.db, typeof key === 'string' ? key : undefined));
    },
    schema: {
      operationId: 'receivePlatformOrder',
      summary: '接收 12345 平台推送的代表来电工单（请求头 X-Api-Key；同一平台工单编号重复推送不重复登记）',
      tags,
      headers: c.inboundHeaders,
      body: c.inboundOrderBody,
      response: {
        200: a.inboundAnswer.describe('该平台工单此前已接收，返回已有工单'),
        201: a.inboundAnswer.describe('已登记为新工单'),
        401: errorAnswer.describe('接口密钥缺失、无效或已停用'),
      },
    },
    handler: async (req, reply) => {
      const r = await receivePlatformOrder(env.db, platforms.get(req)!, req.body);
      return reply.status(r.created ? 201 : 200).send(r);
    },
  });
}
