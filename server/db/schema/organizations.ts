import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgTable, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A body at one level of the tree (§1: national → province → city → county → township): a
 * people's congress, or the CPPCC committee (政协) beside the congress of its level. Each has its
 * own sessions, organizations, deputies or members, rules profile, users and figures; `parentId`
 * is the body of the same kind one level up, `besideId` the congress a CPPCC committee stands beside.
 */
export const congresses = pgTable(
  'congresses',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    level: text().notNull(),
    body: text().notNull().default('congress'),
    parentId: integer(),
    besideId: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('congresses_level', sql`${t.level} in ('national','province','city','county','township')`),
    check('congresses_body', sql`${t.body} in ('congress','cppcc')`),
    check('congresses_beside_only_cppcc', sql`${t.besideId} is null or ${t.body} = 'cppcc'`),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    foreignKey({ columns: [t.besideId], foreignColumns: [t.id] }),
    index().on(t.parentId),
  ],
);

/** 届次·会次, e.g. 十四届三次会议. */
export const sessions = pgTable(
  'sessions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    name: text().notNull(),
    year: integer().notNull(),
    code: text().notNull(),
    /** Next item number in this session (row lock serializes numbering). */
    nextNumber: integer().notNull().default(1),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
  },
  (t) => [unique().on(t.congressId, t.code)],
);

/**
 * Every organization in a congress: the liaison office, the government
 * office, handling units and their divisions, delegations, supervising bodies.
 */
export const organizations = pgTable(
  'organizations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    kind: text().notNull(),
    name: text().notNull(),
    shortName: text(),
    parentId: integer(),
    isGovernment: boolean().notNull().default(true),
    active: boolean().notNull().default(true),
  },
  (t) => [
    // A CPPCC committee's: its proposal committee (cppccCommittee), its sectors (界别, where members sit as
    // deputies sit in delegations) and the participating parties and organizations that submit collective proposals.
    check(
      'organizations_kind',
      sql`${t.kind} in ('liaisonOffice','governmentOffice','unit','division','delegation','committee','cppccCommittee','sector','participatingOrganization')`,
    ),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index().on(t.congressId, t.kind),
    uniqueIndex().on(t.congressId, t.kind, t.name),
  ],
);

export const deputies = pgTable(
  'deputies',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    /** A deputy's delegation (代表团), a CPPCC member's sector (界别, an organization of kind `sector`). */
    delegationId: integer().references(() => organizations.id),
    name: text().notNull(),
    /** A CPPCC member's party (党派: 中共, 民革 … 无党派人士), where they have one (§8). */
    party: text(),
    gender: text(),
    occupation: text(),
    phone: text(),
    active: boolean().notNull().default(true),
  },
  (t) => [index().on(t.congressId), index().on(t.delegationId)],
);

/** The editable category tree (§2). */
export const categories = pgTable(
  'categories',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    parentId: integer(),
    name: text().notNull(),
    sort: integer().notNull().default(0),
  },
  (t) => [foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }), uniqueIndex().on(t.congressId, t.parentId, t.name)],
);
