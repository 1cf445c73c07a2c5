import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { congresses, deputies, organizations } from './organizations';

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
    check(
      'users_role',
      sql`${t.role} in ('deputy','delegationContact','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','admin','auditor')`,
    ),
    check('users_deputy_has_deputy', sql`${t.role} <> 'deputy' or ${t.deputyId} is not null`),
    check('users_unit_has_org', sql`${t.role} not in ('unitOffice','unitHandler','unitLeader') or ${t.organizationId} is not null`),
    // A delegation's contact person belongs to the delegation (its kind is checked by the admin's use cases).
    check('users_delegation_contact_has_org', sql`${t.role} <> 'delegationContact' or ${t.organizationId} is not null`),
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
