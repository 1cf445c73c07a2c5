import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../domain/items/roles';
import { congresses, deputies, organizations } from './organizations';

/** `('deputy','liaisonOffice',…)`: the closed list of roles, for the check constraints. */
const ROLE_LIST = sql.raw(`(${ROLES.map((r) => `'${r}'`).join(',')})`);

export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    username: text().notNull().unique(),
    passwordHash: text().notNull(),
    displayName: text().notNull(),
    role: text().notNull(),
    congressId: integer().references(() => congresses.id),
    /** The unit, office or delegation the user works for (scope). */
    organizationId: integer().references(() => organizations.id),
    deputyId: integer().references(() => deputies.id),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_role', sql`${t.role} in ${ROLE_LIST}`),
    check('users_deputy_has_deputy', sql`${t.role} not in ('deputy','member') or ${t.deputyId} is not null`),
    check('users_unit_has_org', sql`${t.role} not in ('unitOffice','unitHandler','unitLeader') or ${t.organizationId} is not null`),
    // A delegation's contact person belongs to the delegation (its kind is checked by the admin's use cases).
    check('users_delegation_contact_has_org', sql`${t.role} <> 'delegationContact' or ${t.organizationId} is not null`),
  ],
);

/**
 * The user's places in other bodies of the tree (issue 16 §1): a city deputy who is also a county
 * deputy, a township presidium member who also runs the township's suggestions. The user's own row
 * is the first place; each membership is another, with its own role and scope. The workbench's
 * switcher picks one per login session (auth_sessions.membership_id), and every query is scoped to it.
 */
export const userMemberships = pgTable(
  'user_memberships',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    congressId: integer()
      .notNull()
      .references(() => congresses.id),
    role: text().notNull(),
    organizationId: integer().references(() => organizations.id),
    deputyId: integer().references(() => deputies.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('user_memberships_role', sql`${t.role} in ${ROLE_LIST}`),
    check('user_memberships_deputy_has_deputy', sql`${t.role} not in ('deputy','member') or ${t.deputyId} is not null`),
    check(
      'user_memberships_unit_has_org',
      sql`${t.role} not in ('unitOffice','unitHandler','unitLeader','delegationContact') or ${t.organizationId} is not null`,
    ),
    uniqueIndex().on(t.userId, t.congressId, t.role),
  ],
);

/** Server-side login sessions; the cookie holds only a random id whose hash is stored. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    idHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    csrfToken: text().notNull(),
    /** The place the session works in (the switcher); null: the user's own row. */
    membershipId: integer().references(() => userMemberships.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

/** Security audit log (login, logout, lockout, administration). */
export const auditLog = pgTable('audit_log', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  userId: integer(),
  username: text(),
  action: text().notNull(),
  detail: text(),
  ip: text(),
});
