/**
 * A user's places in the tree of bodies (issue 16 §1): their own row and their memberships of other
 * bodies. A login session works in one place at a time; switching it changes the actor of every
 * following request (sessions.ts resolves the membership), so every scoped query follows.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import { notFound } from '../../domain/errors';
import { ROLE_LABELS, type Role } from '../../domain/items/roles';
import { LEVEL_LABELS, LEVELS, type Body, type Level } from '../../domain/levels/levels';
import type { Db } from '../db/client';
import { auditLog, authSessions, congresses, organizations, userMemberships, users } from '../db/schema';
import type { Actor } from './actor';
import { sessionHash } from './sessions';

export interface CongressRef {
  id: number;
  name: string;
  level: Level;
  levelLabel: string;
  body: Body;
}

export function congressRef(c: { id: number; name: string; level: string; body: string }): CongressRef {
  return { id: c.id, name: c.name, level: c.level as Level, levelLabel: LEVEL_LABELS[c.level as Level], body: c.body as Body };
}

export async function readCongress(db: Db, congressId: number | null): Promise<CongressRef | null> {
  if (congressId === null) return null;
  const [c] = await db.select().from(congresses).where(eq(congresses.id, congressId));
  return c ? congressRef(c) : null;
}

/** Every place of the user, their own row first, the session's current one marked. */
export async function placesOf(db: Db, actor: Actor, currentMembershipId: number | null) {
  const [own] = await db
    .select({ u: users, c: congresses, orgName: organizations.name })
    .from(users)
    .leftJoin(congresses, eq(congresses.id, users.congressId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, actor.userId));
  const others = await db
    .select({ m: userMemberships, c: congresses, orgName: organizations.name })
    .from(userMemberships)
    .innerJoin(congresses, eq(congresses.id, userMemberships.congressId))
    .leftJoin(organizations, eq(organizations.id, userMemberships.organizationId))
    .where(eq(userMemberships.userId, actor.userId))
    .orderBy(asc(userMemberships.id));
  // Higher levels first, as the tree reads.
  others.sort((a, b) => LEVELS.indexOf(a.c.level as Level) - LEVELS.indexOf(b.c.level as Level));
  const places = [];
  if (own?.c) {
    places.push({
      membershipId: null,
      congress: congressRef(own.c),
      role: own.u.role as Role,
      roleLabel: ROLE_LABELS[own.u.role as Role],
      organizationName: own.orgName,
      current: currentMembershipId === null,
    });
  }
  for (const o of others) {
    places.push({
      membershipId: o.m.id,
      congress: congressRef(o.c),
      role: o.m.role as Role,
      roleLabel: ROLE_LABELS[o.m.role as Role],
      organizationName: o.orgName,
      current: currentMembershipId === o.m.id,
    });
  }
  return places;
}

/** The membership a login session works in now (null: the user's own row). */
export async function currentMembership(db: Db, sessionId: string): Promise<number | null> {
  const [s] = await db
    .select({ m: authSessions.membershipId })
    .from(authSessions)
    .where(eq(authSessions.idHash, sessionHash(sessionId)));
  return s?.m ?? null;
}

/** Moves the login session to another of the user's places; audited. A membership of someone else is not found. */
export async function switchPlace(db: Db, sessionId: string, actor: Actor, membershipId: number | null, ip?: string): Promise<void> {
  if (membershipId !== null) {
    const [m] = await db
      .select({ id: userMemberships.id, congressId: userMemberships.congressId, role: userMemberships.role })
      .from(userMemberships)
      .where(and(eq(userMemberships.id, membershipId), eq(userMemberships.userId, actor.userId)));
    if (!m) throw notFound('工作身份');
  }
  await db.transaction(async (tx) => {
    await tx
      .update(authSessions)
      .set({ membershipId })
      .where(eq(authSessions.idHash, sessionHash(sessionId)));
    await tx.insert(auditLog).values({
      userId: actor.userId,
      username: actor.username,
      action: 'switchPlace',
      detail: JSON.stringify({ membershipId }),
      ip,
    });
  });
}

/** The signed-in user as the workbench reads it: the actor, the role's name, the body it works in and how many places it has. */
export async function currentUserAnswer(db: Db, actor: Actor) {
  const [n] = await db.select({ n: count() }).from(userMemberships).where(eq(userMemberships.userId, actor.userId));
  return {
    ...actor,
    roleLabel: ROLE_LABELS[actor.userRole],
    congress: await readCongress(db, actor.congressId),
    places: 1 + n.n,
  };
}
