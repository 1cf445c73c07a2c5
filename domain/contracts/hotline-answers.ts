import { z } from 'zod';
import { LIGHTS } from '../deadlines/light';
import { WORK_ORDER_ACTIONS } from '../hotline/actions';
import { WORK_ORDER_EVENT_TYPES } from '../hotline/events';
import {
  SUPERVISION_KINDS,
  URGENCIES,
  WORK_ORDER_CONTACT_METHODS,
  WORK_ORDER_RATINGS,
  WORK_ORDER_SOURCES,
  WORK_ORDER_STATES,
  WORK_ORDER_UNIT_STATES,
} from '../hotline/orders';
import { day, timestamp } from './common';

/** Answers of the deputies' hotline channel (人大代表民情通达专线, issue 15; server/routes/hotline.ts). */

export const ref = z.object({ id: z.number(), name: z.string() });

/** One clock of an order with its light, computed when read (R-LINE-1). */
export const clock = z.object({
  /** the deadline: an instant (contact, 退单) or a day (finishing, feedback) */
  due: z.string().nullable(),
  light: z.enum(LIGHTS),
  /** due − today in days (negative: overdue); null when stopped or not started */
  daysLeft: z.number().nullable(),
  /** the clock was stopped by what it waits for (the contact, the finishing, the feedback) */
  stopped: z.boolean(),
});

/** POST /api/hotline/orders, …/inbound/orders: the order made (or, resent by the platform, found). */
export const createdOrderAnswer = z.object({ id: z.number(), number: z.string() });
/** POST /api/hotline/inbound/orders: 201 created, 200 the same platform order already received. */
export const inboundAnswer = createdOrderAnswer.extend({ created: z.boolean() });

/** One row of the ledger (专线台账): the seed's columns, the state and every clock with its light. */
export const ledgerRow = z.object({
  id: z.number(),
  number: z.string(),
  source: z.enum(WORK_ORDER_SOURCES),
  sourceLabel: z.string(),
  platformOrderNo: z.string().nullable(),
  /** 来电号码 */
  callerPhone: z.string(),
  /** 来电姓名: the deputy's name when matched */
  deputy: ref.nullable(),
  deputyConfirmed: z.boolean(),
  /** 事件分类 */
  category: z.string(),
  /** 来电内容 */
  content: z.string(),
  /** 来电时间 */
  calledAt: timestamp,
  urgency: z.enum(URGENCIES),
  urgencyLabel: z.string(),
  place: z.object({ congress: ref.nullable(), name: z.string().nullable() }),
  state: z.enum(WORK_ORDER_STATES),
  stateLabel: z.string(),
  round: z.number(),
  leadUnit: ref.nullable(),
  units: z.array(ref),
  dispatchedAt: timestamp.nullable(),
  /** 回复时间: when the result went back to the deputy */
  fedBackAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
  /** 回复内容 */
  result: z.string().nullable(),
  /** 满意度 */
  rating: z.enum(WORK_ORDER_RATINGS).nullable(),
  ratingLabel: z.string().nullable(),
  contactClock: clock,
  finishClock: clock,
  feedbackClock: clock,
  /** a running clock is past its deadline */
  overdue: z.boolean(),
  version: z.number(),
});

/** GET /api/hotline/orders */
export const ledgerAnswer = z.object({
  rows: z.array(ledgerRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** the hotline office may type a new order; a deputy may file one */
  mayCreate: z.boolean(),
});

export const orderUnit = z.object({
  id: z.number(),
  unit: ref,
  isLead: z.boolean(),
  state: z.enum(WORK_ORDER_UNIT_STATES),
  stateLabel: z.string(),
  assignedAt: timestamp,
  returnedAt: timestamp.nullable(),
  returnReason: z.string().nullable(),
});

export const orderContact = z.object({
  id: z.number(),
  unit: ref,
  at: timestamp,
  method: z.enum(WORK_ORDER_CONTACT_METHODS),
  methodLabel: z.string(),
  invited: z.boolean(),
  note: z.string(),
  deputyView: z.string().nullable(),
  createdByName: z.string().nullable(),
});

export const supervisionCheck = z.object({ at: z.string(), by: z.string(), role: z.string(), note: z.string() });
export const orderSupervision = z.object({
  id: z.number(),
  kind: z.enum(SUPERVISION_KINDS),
  kindLabel: z.string(),
  committee: ref.nullable(),
  place: ref.nullable(),
  note: z.string().nullable(),
  checks: z.array(supervisionCheck),
  openedAt: timestamp,
  closedAt: timestamp.nullable(),
});

export const orderEvent = z.object({
  id: z.number(),
  type: z.enum(WORK_ORDER_EVENT_TYPES),
  typeLabel: z.string(),
  at: timestamp,
  actorName: z.string(),
  actorRoleLabel: z.string(),
  fromStateLabel: z.string().nullable(),
  toStateLabel: z.string().nullable(),
  /** what happened, in plain Chinese (the units, the reason, the rating …) */
  detail: z.string().nullable(),
});

/** GET /api/hotline/orders/:orderId — the order with its units, contacts, supervisions, history and the viewer's actions. */
export const orderDetail = ledgerRow.extend({
  catalogueId: z.number().nullable(),
  signOff: z
    .object({
      reason: z.string(),
      requestedAt: z.string(),
      decision: z.string().nullable(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
  contactDueAt: timestamp.nullable(),
  contactedAt: timestamp.nullable(),
  returnUntil: timestamp.nullable(),
  finishDue: day.nullable(),
  finishDueProvisional: z.boolean(),
  extensionWorkdays: z.number(),
  extensionRequest: z.object({ workdays: z.number(), reason: z.string(), unit: ref.nullable(), requestedAt: z.string() }).nullable(),
  feedbackDue: day.nullable(),
  feedbackMethod: z.enum(WORK_ORDER_CONTACT_METHODS).nullable(),
  ratedAt: timestamp.nullable(),
  ratingComment: z.string().nullable(),
  ratedByRoleLabel: z.string().nullable(),
  mergedInto: z.object({ id: z.number(), number: z.string() }).nullable(),
  mergedFrom: z.array(z.object({ id: z.number(), number: z.string() })),
  /** the proposal from the dispatch catalogue: the unit responsible for the category */
  proposedUnit: ref.nullable(),
  unitParts: z.array(orderUnit),
  contacts: z.array(orderContact),
  supervisions: z.array(orderSupervision),
  events: z.array(orderEvent),
  /** what the viewer may do now (derived from the transitions table and their part of the order) */
  actions: z.array(z.enum(WORK_ORDER_ACTIONS)),
  createdAt: timestamp,
});

/** GET /api/hotline/caller-match — the deputies of the congress with this number. */
export const callerMatchAnswer = z.object({
  phone: z.string(),
  deputies: z.array(ref.extend({ delegation: z.string().nullable() })),
});

export const catalogueEntry = z.object({
  id: z.number(),
  category: z.string(),
  unit: ref,
  committee: ref.nullable(),
  version: z.number(),
  updatedAt: timestamp,
});
/** GET /api/hotline/catalogue — the dispatch catalogue, with the units and committees to choose from. */
export const catalogueAnswer = z.object({
  entries: z.array(catalogueEntry),
  units: z.array(ref),
  committees: z.array(ref),
  /** the county and township bodies below the city (the order's place) */
  places: z.array(ref.extend({ level: z.string(), parentId: z.number().nullable() })),
  mayEdit: z.boolean(),
});

export const apiKeyRow = z.object({ id: z.number(), name: z.string(), createdAt: timestamp, revokedAt: timestamp.nullable() });
/** GET /api/hotline/api-keys */
export const apiKeysAnswer = z.object({ keys: z.array(apiKeyRow) });
/** POST /api/hotline/api-keys — the plain key, shown this once (only its SHA-256 is kept). */
export const createdApiKeyAnswer = apiKeyRow.extend({ key: z.string() });
