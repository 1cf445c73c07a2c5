/**
 * The deputies' hotline channel (人大代表民情通达专线, issue 15; server/routes/hotline.ts): the work-order
 * ledger, one order and its actions, the caller match, the dispatch catalogue and the 12345 platform's keys.
 */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type * as c from '../../../domain/contracts/hotline';
import type * as a from '../../../domain/contracts/hotline-answers';
import { request } from './client';

export type OrderRow = Answer<typeof a.ledgerRow>;
export type OrderLedger = Answer<typeof a.ledgerAnswer>;
export type OrderDetail = Answer<typeof a.orderDetail>;
export type OrderClock = Answer<typeof a.clock>;
export type OrderUnitPart = Answer<typeof a.orderUnit>;
export type OrderContact = Answer<typeof a.orderContact>;
export type OrderSupervision = Answer<typeof a.orderSupervision>;
export type OrderEvent = Answer<typeof a.orderEvent>;
export type CallerMatch = Answer<typeof a.callerMatchAnswer>;
export type Catalogue = Answer<typeof a.catalogueAnswer>;
export type CatalogueEntry = Answer<typeof a.catalogueEntry>;
export type ApiKeys = Answer<typeof a.apiKeysAnswer>;
export type ApiKeyRow = Answer<typeof a.apiKeyRow>;
export type CreatedApiKey = Answer<typeof a.createdApiKeyAnswer>;
export type Created = Answer<typeof a.createdOrderAnswer>;

/** The ledger's filters as the page keeps them (the query string's input type). */
export type LedgerQuery = Partial<z.output<typeof c.ledgerQuery>>;
export type CreateOrderInput = z.input<typeof c.createWorkOrderBody>;
type Body<S extends z.ZodType> = z.input<S>;

const order = (id: number, tail = '') => `/api/hotline/orders/${id}${tail}`;

export const hotline = {
  list: (q: LedgerQuery, signal?: AbortSignal) => request<OrderLedger>('GET', '/api/hotline/orders', { query: { ...q }, signal }),
  get: (id: number, signal?: AbortSignal) => request<OrderDetail>('GET', order(id), { signal }),
  create: (body: CreateOrderInput) => request<Created>('POST', '/api/hotline/orders', { body }),
  matchCaller: (phone: string, signal?: AbortSignal) => request<CallerMatch>('GET', '/api/hotline/caller-match', { query: { phone }, signal }),

  confirmCaller: (id: number, body: Body<typeof c.confirmCallerBody>) => request<OrderDetail>('POST', order(id, '/caller'), { body }),
  requestSignOff: (id: number, body: Body<typeof c.requestSignOffBody>) => request<OrderDetail>('POST', order(id, '/sign-off-request'), { body }),
  recordSignOff: (id: number, body: Body<typeof c.recordSignOffBody>) => request<OrderDetail>('POST', order(id, '/sign-off'), { body }),
  dispatch: (id: number, body: Body<typeof c.dispatchBody>) => request<OrderDetail>('POST', order(id, '/dispatch'), { body }),
  returnOrder: (id: number, body: Body<typeof c.returnBody>) => request<OrderDetail>('POST', order(id, '/return'), { body }),
  merge: (id: number, body: Body<typeof c.mergeBody>) => request<OrderDetail>('POST', order(id, '/merge'), { body }),
  contact: (id: number, body: Body<typeof c.contactBody>) => request<OrderDetail>('POST', order(id, '/contacts'), { body }),
  requestExtension: (id: number, body: Body<typeof c.extensionRequestBody>) => request<OrderDetail>('POST', order(id, '/extension-request'), { body }),
  decideExtension: (id: number, body: Body<typeof c.extensionDecisionBody>) => request<OrderDetail>('POST', order(id, '/extension-decision'), { body }),
  finish: (id: number, body: Body<typeof c.finishBody>) => request<OrderDetail>('POST', order(id, '/finish'), { body }),
  feedBack: (id: number, body: Body<typeof c.feedbackBody>) => request<OrderDetail>('POST', order(id, '/feedback'), { body }),
  rate: (id: number, body: Body<typeof c.ratingBody>) => request<OrderDetail>('POST', order(id, '/rating'), { body }),
  superviseJointly: (id: number, body: Body<typeof c.jointSupervisionBody>) => request<OrderDetail>('POST', order(id, '/joint-supervision'), { body }),
  spotCheck: (id: number, body: Body<typeof c.spotCheckBody>) => request<OrderDetail>('POST', order(id, '/spot-checks'), { body }),

  catalogue: (signal?: AbortSignal) => request<Catalogue>('GET', '/api/hotline/catalogue', { signal }),
  addCatalogue: (body: Body<typeof c.catalogueBody>) => request<Catalogue>('POST', '/api/hotline/catalogue', { body }),
  updateCatalogue: (id: number, body: Body<typeof c.catalogueUpdateBody>) => request<Catalogue>('PUT', `/api/hotline/catalogue/${id}`, { body }),
  removeCatalogue: (id: number, version: number) => request<{ ok: true }>('DELETE', `/api/hotline/catalogue/${id}`, { query: { version } }),

  apiKeys: (signal?: AbortSignal) => request<ApiKeys>('GET', '/api/hotline/api-keys', { signal }),
  createApiKey: (body: Body<typeof c.apiKeyBody>) => request<CreatedApiKey>('POST', '/api/hotline/api-keys', { body }),
  revokeApiKey: (id: number) => request<{ ok: true }>('POST', `/api/hotline/api-keys/${id}/revoke`),
};
