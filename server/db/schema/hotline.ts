import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  SUPERVISION_KINDS,
  URGENCIES,
  WORK_ORDER_RATINGS,
  WORK_ORDER_SOURCES,
  WORK_ORDER_STATES,
  WORK_ORDER_UNIT_STATES,
} from '../../../domain/hotline/orders';
import { congresses, deputies, organizations } from './organizations';
import { users } from './users';

/*
 * The deputies' hotline channel (人大代表民情通达专线, §9, issue 15): the work orders of a city's
 * congress, the units they are dispatched to, the contacts with the deputy, the supervision, the
 * dispatch catalogue, the 12345 platform's keys and the monthly reports. Every row belongs to the
 * congress (`congress_id`) whose deputies call; the history is `work_order_events`.
 */

const inList = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(',')})`);

/** 派单目录: an event category and the unit responsible for it; the committee that supervises it (R-LINE-2). */
export const hotlineCatalogue = pgTable(
  'hotline_catalogue',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    category: text().notNull(),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    /** the special committee (专门委员会) that supervises dissatisfied orders of the category */
    committeeId: integer().references(() => organizations.id),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.congressId, t.category)],
);

/** A work order (工单): the seed's ledger columns, its state and its clocks as stored when they start. */
export const workOrders = pgTable(
  'work_orders',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    year: integer().notNull(),
    number: text().notNull(),
    source: text().notNull(),
    /** the 12345 platform's own order number: the idempotency key of the inbound API */
    platformOrderNo: text(),
    callerPhone: text().notNull(),
    /** the calling deputy, matched from the number (or chosen); confirmed by the hotline office */
    deputyId: integer().references(() => deputies.id),
    deputyConfirmed: boolean().notNull().default(false),
    catalogueId: integer().references(() => hotlineCatalogue.id),
    category: text().notNull(),
    content: text().notNull(),
    calledAt: timestamp({ withTimezone: true }).notNull(),
    urgency: text().notNull().default('general'),
    /** where the problem is: the county or township body (属地督办) and the place as said */
    placeCongressId: integer().references(() => congresses.id),
    placeName: text(),
    state: text().notNull().default('received'),
    version: integer().notNull().default(1),
    /** 呈签单: { reason, requestedAt, decision?, decidedBy?, decidedAt? } */
    signOff: jsonb().$type<Record<string, unknown> | null>(),
    dispatchedAt: timestamp({ withTimezone: true }),
    contactDueAt: timestamp({ withTimezone: true }),
    contactedAt: timestamp({ withTimezone: true }),
    returnUntil: timestamp({ withTimezone: true }),
    finishDue: date({ mode: 'string' }),
    finishDueProvisional: boolean().notNull().default(false),
    extensionWorkdays: integer().notNull().default(0),
    /** a pending extension request: { workdays, reason, unitId, requestedAt } */
    extensionRequest: jsonb().$type<Record<string, unknown> | null>(),
    finishedAt: timestamp({ withTimezone: true }),
    result: text(),
    feedbackDue: date({ mode: 'string' }),
    fedBackAt: timestamp({ withTimezone: true }),
    feedbackMethod: text(),
    rating: text(),
    ratedAt: timestamp({ withTimezone: true }),
    ratingComment: text(),
    /** who rated: the hotline office on a callback, or the deputy */
    ratedByRole: text(),
    /** how many times the order was handled (a dissatisfied rating sends it round again) */
    round: integer().notNull().default(1),
    mergedIntoId: integer(),
    /** the day the 催办通知书 and the 通报 went out for the current deadline */
    urgedOn: date({ mode: 'string' }),
    bulletinedOn: date({ mode: 'string' }),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('work_orders_state', sql`${t.state} in ${inList(WORK_ORDER_STATES)}`),
    check('work_orders_source', sql`${t.source} in ${inList(WORK_ORDER_SOURCES)}`),
    check('work_orders_urgency', sql`${t.urgency} in ${inList(URGENCIES)}`),
    check('work_orders_rating', sql`${t.rating} is null or ${t.rating} in ${inList(WORK_ORDER_RATINGS)}`),
    check('work_orders_merged', sql`(${t.state} = 'merged') = (${t.mergedIntoId} is not null)`),
    check('work_orders_version', sql`${t.version} > 0`),
    uniqueIndex().on(t.congressId, t.number),
    uniqueIndex('work_orders_platform_no')
      .on(t.congressId, t.platformOrderNo)
      .where(sql`${t.platformOrderNo} is not null`),
    index().on(t.congressId, t.state),
    index().on(t.deputyId),
    index().on(t.placeCongressId),
  ],
);

/** A unit's part on an order: the lead unit (牵头) and the others; returned (退单) or withdrawn on reassignment (改派). */
export const workOrderUnits = pgTable(
  'work_order_units',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer()
      .notNull()
      .references(() => workOrders.id),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    isLead: boolean().notNull().default(false),
    state: text().notNull().default('assigned'),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    returnedAt: timestamp({ withTimezone: true }),
    returnReason: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    check('work_order_units_state', sql`${t.state} in ${inList(WORK_ORDER_UNIT_STATES)}`),
    uniqueIndex('work_order_units_one_live')
      .on(t.orderId, t.unitId)
      .where(sql`${t.state} = 'assigned'`),
    index().on(t.unitId, t.state),
  ],
);

/** The unit's contact with the deputy (R-LINE-1: within 24 hours, inviting them into the handling). */
export const workOrderContacts = pgTable(
  'work_order_contacts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer()
      .notNull()
      .references(() => workOrders.id),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    at: timestamp({ withTimezone: true }).notNull(),
    method: text().notNull(),
    /** the deputy was invited to take part in the handling */
    invited: boolean().notNull().default(true),
    note: text().notNull(),
    deputyView: text(),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orderId)],
);

/** R-LINE-2 supervision of an order: 对口督办 by a committee, 属地督办 by a county or township body, 联合督办; and spot checks. */
export const workOrderSupervisions = pgTable(
  'work_order_supervisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer()
      .notNull()
      .references(() => workOrders.id),
    kind: text().notNull(),
    /** the supervising committee (对口督办) */
    committeeId: integer().references(() => organizations.id),
    /** the supervising county or township body (属地督办) */
    placeCongressId: integer().references(() => congresses.id),
    note: text(),
    /** spot checks and supervision notes: { at, by, role, note }[] */
    checks: jsonb().$type<{ at: string; by: string; role: string; note: string }[]>().notNull().default([]),
    openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [check('work_order_supervisions_kind', sql`${t.kind} in ${inList(SUPERVISION_KINDS)}`), index().on(t.orderId), index().on(t.committeeId)],
);

/** The history of every order: who did what when, from and to which state (append only). */
export const workOrderEvents = pgTable(
  'work_order_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer()
      .notNull()
      .references(() => workOrders.id),
    type: text().notNull(),
    actorUserId: integer().references(() => users.id),
    actorRole: text().notNull(),
    actorName: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    fromState: text(),
    toState: text(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index().on(t.orderId, t.id)],
);

/** A 12345 platform's key for the inbound API: only its SHA-256 is kept. */
export const hotlineApiKeys = pgTable(
  'hotline_api_keys',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    name: text().notNull(),
    keySha256: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.keySha256)],
);

/** R-LINE-3 the monthly report to the liaison office, as generated (on the profile's day or on demand). */
export const hotlineMonthlyReports = pgTable(
  'hotline_monthly_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    /** YYYY-MM */
    month: text().notNull(),
    content: jsonb().$type<Record<string, unknown>>().notNull(),
    generatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    generatedBy: integer().references(() => users.id),
  },
  (t) => [uniqueIndex().on(t.congressId, t.month)],
);
