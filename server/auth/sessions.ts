import crypto from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { domainError } from '../../domain/errors';
import { partOf, type Role } from '../../domain/items/roles';
import type { Body } from '../../domain/levels/levels';
import type { Db } from '../db/client';
import { auditLog, authSessions, congresses, userMemberships, users } from '../db/schema';
import type { Actor } from './actor';
import { dummyHash, verifyPassword } from './passwords';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const token = () => crypto.randomBytes(32).toString('base64url');

export interface LoginResult {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
}

/** Password login with lockout after 5 failures for 15 minutes. */
export async function login(db: Db, username: string, password: string, ip?: string): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user || user.disabledAt) {
    await verifyPassword(await dummyHash(), password);
    await db.insert(auditLog).values({ username, action: 'loginFailed', detail: 'unknown user', ip });
    throw domainError('BAD_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    throw domainError(
      'ACCOUNT_LOCKED',
      { variant: 'stillLocked', minutes: LOCKOUT_MINUTES },
      {
        lockedUntil: user.lockedUntil.toISOString(),
      },
    );
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    // Atomic increment: concurrent failures all count.
    const [u] = await db
      .update(users)
      .set({
        failedLogins: sql`${users.failedLogins} + 1`,
        lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} then now() + interval '${sql.raw(String(LOCKOUT_MINUTES))} minutes' else null end`,
      })
      .where(eq(users.id, user.id))
      .returning({ failedLogins: users.failedLogins });
    const locked = u.failedLogins >= MAX_FAILED_LOGINS;
    await db.insert(auditLog).values({ userId: user.id, username, action: locked ? 'lockedOut' : 'loginFailed', ip });
    if (locked) {
      throw domainError('ACCOUNT_LOCKED', { variant: 'justLocked', failures: MAX_FAILED_LOGINS, minutes: LOCKOUT_MINUTES });
    }
    throw domainError('BAD_CREDENTIALS', undefined, {
      attemptsLeft: MAX_FAILED_LOGINS - u.failedLogins,
    });
  }
  const sessionId = token();
  const csrfToken = token();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.insert(authSessions).values({ idHash: sha256(sessionId), userId: user.id, csrfToken });
    await tx.insert(auditLog).values({ userId: user.id, username, action: 'login', ip });
  });
  return { sessionId, csrfToken, actor: toActor(user, null, await bodyOf(db, user.congressId)) };
}

/** What kind of body a place is in, and the congress a CPPCC committee stands beside. */
export interface PlaceBody {
  body: Body;
  besideId: number | null;
  /** the CPPCC committees beside it, when it is a congress */
  bodiesBeside: number[];
}

/** The CPPCC committees beside a congress (a correlated subquery on the `congresses` row of the query). */
const BODIES_BESIDE = sql<number[]>`(select coalesce(array_agg(b.id order by b.id), '{}') from congresses b where b.beside_id = ${congresses.id})`;

export async function bodyOf(db: Db, congressId: number | null): Promise<PlaceBody | null> {
  if (congressId === null) return null;
  const [c] = await db
    .select({ body: congresses.body, besideId: congresses.besideId, bodiesBeside: BODIES_BESIDE })
    .from(congresses)
    .where(eq(congresses.id, congressId));
  return c ? { body: c.body as Body, besideId: c.besideId, bodiesBeside: c.bodiesBeside ?? [] } : null;
}

/**
 * The actor of a user in one of their places: their own row, or a membership of another body
 * (issue 16 §1) whose role and scope then replace the row's.
 */
export function toActor(u: typeof users.$inferSelect, m?: typeof userMemberships.$inferSelect | null, b?: PlaceBody | null): Actor {
  const place = m ?? u;
  return {
    userId: u.id,
    username: u.username,
    name: u.displayName,
    role: partOf(place.role as Role),
    userRole: place.role as Role,
    congressId: place.congressId,
    body: b?.body ?? 'congress',
    unitsCongressId: b?.besideId ?? place.congressId,
    bodiesBeside: b?.bodiesBeside ?? [],
    organizationId: place.organizationId,
    deputyId: place.deputyId,
  };
}

export const sessionHash = sha256;

const buildLookup = (db: Db) =>
  db
    // The snapshot comes along for free: cached reads of this request check it without a query (issue 6).
    .select({
      s: authSessions,
      u: users,
      m: userMemberships,
      b: { body: congresses.body, besideId: congresses.besideId, bodiesBeside: BODIES_BESIDE },
      snapshot: sql<string>`pg_current_snapshot()::text`,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    // The place the session switched to; a membership taken away falls back to the user's own row.
    .leftJoin(userMemberships, and(eq(userMemberships.id, authSessions.membershipId), eq(userMemberships.userId, authSessions.userId)))
    // The body of the place: a CPPCC committee's members and proposal committee work beside a congress (§8).
    .leftJoin(congresses, eq(congresses.id, sql`coalesce(${userMemberships.congressId}, ${users.congressId})`))
    .where(and(eq(authSessions.idHash, sql.placeholder('idHash')), isNull(authSessions.endedAt)))
    // Named: every request runs it, so each connection parses and plans it once (bench a–e).
    .prepare('resolve_session');
const lookups = new WeakMap<Db, ReturnType<typeof buildLookup>>();
function sessionLookup(db: Db) {
  let q = lookups.get(db);
  if (!q) lookups.set(db, (q = buildLookup(db)));
  return q;
}

/**
 * Resolves a session cookie; ends the session after `idleMinutes` without a
 * request (30-minute idle timeout). Returns null when there is none.
 */
export async function resolveSession(db: Db, sessionId: string, idleMinutes: number): Promise<{ actor: Actor; csrfToken: string; snapshot: string } | null> {
  const idHash = sha256(sessionId);
  const rows = await sessionLookup(db).execute({ idHash });
  const row = rows[0];
  if (!row || row.u.disabledAt) return null;
  const idleMs = Date.now() - row.s.lastSeenAt.getTime();
  if (idleMs > idleMinutes * 60_000) {
    await db.update(authSessions).set({ endedAt: new Date() }).where(eq(authSessions.idHash, idHash));
    return null;
  }
  // Touch at most once a minute: fewer writes on busy pages.
  if (idleMs > 60_000) {
    await db.update(authSessions).set({ lastSeenAt: new Date() }).where(eq(authSessions.idHash, idHash));
  }
  const b = row.b?.body ? { body: row.b.body as Body, besideId: row.b.besideId, bodiesBeside: row.b.bodiesBeside ?? [] } : null;
  return { actor: toActor(row.u, row.m, b), csrfToken: row.s.csrfToken, snapshot: row.snapshot };
}

/** Logout ends the session on the server. */
export async function logout(db: Db, sessionId: string, actor: Actor | null): Promise<void> {
  await db
    .update(authSessions)
    .set({ endedAt: new Date() })
    .where(eq(authSessions.idHash, sha256(sessionId)));
  if (actor) await db.insert(auditLog).values({ userId: actor.userId, username: actor.username, action: 'logout' });
}

export { sha256 as hashSessionId };
