import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { categories, congresses, deputies, organizations, sessions } from './organizations';
import { users } from './users';

import { ITEM_STATES, TASK_STATES, type ItemState, type TaskState } from '../../../domain/items/states';
import { CLOSE_REASONS } from '../../../domain/items/kinds';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

/** An item (件): a suggestion, a proposal or a hotline work order (§2). */
export const items = pgTable(
  'items',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    sessionId: integer()
      .notNull()
      .references(() => sessions.id),
    kind: text().notNull().default('suggestion'),
    number: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    categoryId: integer().references(() => categories.id),
    period: text().notNull().default('plenary'),
    state: text().$type<ItemState>().notNull(),
    version: integer().notNull().default(1),
    leadDeputyId: integer().references(() => deputies.id),
    /** A deputy's delegation; a CPPCC member's sector (界别). */
    delegationId: integer().references(() => organizations.id),
    /**
     * R-CPPCC-1 集体提案: the participating party, organization or special committee that submits a proposal in
     * its own name (its contact member is the lead signer, who evaluates for it); the reply is addressed to it.
     */
    submitterOrgId: integer().references(() => organizations.id),
    /** R-REPLY-8: classified matter is flagged; its body stays offline. */
    classified: boolean().notNull().default(false),
    handlingMode: text(),
    /** 领办: the government leader who takes the item. */
    leadingLeader: text(),
    mergedIntoId: integer(),
    /** R-ASSIGN-4: arrived from a higher level and keeps its deadlines. */
    fromHigherLevel: boolean().notNull().default(false),
    /**
     * R-ASSIGN-4 handing down (交由下级办理): the lower body whose offices assign this item to their
     * units. The item stays the higher level's — its number, deadlines, reply, evaluation and history.
     */
    handledByCongressId: integer().references(() => congresses.id),
    handedDownOn: date({ mode: 'string' }),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Formal assignment date: the base of every deadline (R-ASSIGN-2). */
    assignedOn: date({ mode: 'string' }),
    replyExtended: boolean().notNull().default(false),
    replyDue: date({ mode: 'string' }),
    /** The due date the ledger's light and sort use now (state dependent). */
    currentDue: date({ mode: 'string' }),
    currentDueProvisional: boolean().notNull().default(false),
    round: integer().notNull().default(1),
    resultClass: text(),
    repliedOn: date({ mode: 'string' }),
    /** R-EVAL-2: when the dissatisfied feedback reached the unit (re-handling base). */
    rehandleFrom: date({ mode: 'string' }),
    closedAt: timestamp({ withTimezone: true }),
    closeReason: text(),
    reviewNote: text(),
    /** §6: the .xlsx import batch the item came in with (null: submitted in the system) */
    importBatchId: integer(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('items_kind', sql`${t.kind} in ('suggestion','proposal','workOrder')`),
    check('items_state', sql`${t.state} in (${inList(ITEM_STATES)})`),
    check('items_period', sql`${t.period} in ('plenary','interim')`),
    check('items_mode', sql`${t.handlingMode} is null or ${t.handlingMode} in ('single','leadCo','split','leaderLed')`),
    check('items_class', sql`${t.resultClass} is null or ${t.resultClass} in ('A','B','C','D')`),
    check('items_merged', sql`(${t.state} = 'merged') = (${t.mergedIntoId} is not null)`),
    check('items_version', sql`${t.version} > 0`),
    check('items_close_reason', sql`${t.closeReason} is null or ${t.closeReason} in (${inList(CLOSE_REASONS)})`),
    foreignKey({ columns: [t.mergedIntoId], foreignColumns: [t.id] }),
    uniqueIndex().on(t.sessionId, t.number),
    index().on(t.sessionId, t.state),
    index().on(t.leadDeputyId),
    index().on(t.congressId, t.currentDue),
    // Issue 6 §4 (EXPLAIN on 200,000 items): keyset pages of the ledger by number read 20 index
    // entries (row comparison on (number, id)); state filters sorted by due read only their states.
    index('items_congress_number_id').on(t.congressId, t.number, t.id),
    index('items_congress_state_due').on(t.congressId, t.state, t.currentDue, t.id),
    // Two-stage review: a delegation's contact person reads the delegation's items, its queue by state.
    index('items_delegation_state').on(t.delegationId, t.state),
    index('items_handled_by_state').on(t.handledByCongressId, t.state),
    // Issue 18 (EXPLAIN on 200,000 items): the items merged into one — every item page and reply letter asks —
    // read 600 merged items of the session by (session, state); a partial index holds only the merged ones.
    index('items_merged_into')
      .on(t.mergedIntoId)
      .where(sql`${t.mergedIntoId} is not null`),
  ],
);

/**
 * R-CPPCC-3: a proposal and a suggestion on the same matter are never merged, but may be linked as related
 * and read side by side. One row per pair, the smaller id first.
 */
export const itemLinks = pgTable(
  'item_links',
  {
    itemId: integer()
      .notNull()
      .references(() => items.id),
    relatedId: integer()
      .notNull()
      .references(() => items.id),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('item_links_order', sql`${t.itemId} < ${t.relatedId}`), uniqueIndex().on(t.itemId, t.relatedId), index().on(t.relatedId)],
);

/** R-SUBMIT-1: the lead submitter and cosigners of a suggestion. */
export const itemSigners = pgTable(
  'item_signers',
  {
    itemId: integer()
      .notNull()
      .references(() => items.id),
    deputyId: integer()
      .notNull()
      .references(() => deputies.id),
    isLead: boolean().notNull().default(false),
    status: text().notNull().default('pending'),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [check('item_signers_status', sql`${t.status} in ('pending','confirmed','declined')`), uniqueIndex().on(t.itemId, t.deputyId), index().on(t.deputyId)],
);

/** A unit's part of one item (R-ASSIGN-1): lead, co, split or reference. */
export const tasks = pgTable(
  'tasks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    unitId: integer()
      .notNull()
      .references(() => organizations.id),
    role: text().notNull(),
    state: text().$type<TaskState>().notNull(),
    version: integer().notNull().default(1),
    /** R-HANDLE-1 responsibility breakdown. */
    divisionId: integer().references(() => organizations.id),
    handlerUserId: integer().references(() => users.id),
    handlerName: text(),
    responsibleLeader: text(),
    breakdownAt: timestamp({ withTimezone: true }),
    /** R-HANDLE-2 */
    isKeyItem: boolean().notNull().default(false),
    /** 签收: the unit acknowledged the (draft or formal) assignment; who and when */
    acknowledgedAt: timestamp({ withTimezone: true }),
    acknowledgedBy: integer().references(() => users.id),
    dueDate: date({ mode: 'string' }),
    dueProvisional: boolean().notNull().default(false),
    assignedOn: date({ mode: 'string' }),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('tasks_role', sql`${t.role} in ('lead','co','split','reference')`),
    check('tasks_state', sql`${t.state} in (${inList(TASK_STATES)})`),
    index().on(t.itemId),
    index().on(t.unitId, t.state),
    // One live task per unit and item.
    uniqueIndex('tasks_one_live_per_unit')
      .on(t.itemId, t.unitId)
      .where(sql`${t.state} <> 'withdrawn'`),
    // A unit's ledger (issue 6 §4): its live tasks' item ids from the index alone, for a hash semi-join.
    index('tasks_unit_item_live')
      .on(t.unitId, t.itemId)
      .where(sql`${t.state} <> 'withdrawn'`),
  ],
);

/** The item's history: one row per state change or action (architecture rule 5). */
export const itemEvents = pgTable(
  'item_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer()
      .notNull()
      .references(() => items.id),
    taskId: integer().references(() => tasks.id),
    type: text().notNull(),
    actorUserId: integer().references(() => users.id),
    actorRole: text(),
    actorName: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    fromState: text(),
    toState: text(),
    payload: jsonb().notNull().default({}),
  },
  (t) => [index().on(t.itemId, t.id)],
);
