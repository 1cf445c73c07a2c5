/**
 * Session pickers (届次会议). The government office and the units handle a congress's suggestions and the
 * proposals of the CPPCC committee beside it (§8): GET /api/sessions gives them both bodies' sessions, which
 * may share a name (十四届三次会议) — so where the list holds two bodies, each session says whose it is.
 */
import type { CurrentUser, Session } from '../api/types';

const BODY_SHORT = { congress: '人大', cppcc: '政协' } as const;

/** The session's name, with 人大 or 政协 before it when `both` (the list spans the user's body and the one beside it). */
export function sessionLabel(s: Session, user: Pick<CurrentUser, 'congressId' | 'body'>, both: boolean): string {
  if (!both) return s.name;
  const own = s.congressId === user.congressId;
  const body = own ? user.body : user.body === 'cppcc' ? 'congress' : 'cppcc';
  return `${BODY_SHORT[body]} · ${s.name}`;
}

/** Whether the sessions belong to more than one body. */
export function spansBodies(sessions: readonly Session[]): boolean {
  return new Set(sessions.map((s) => s.congressId)).size > 1;
}

/** A Select's options for the sessions, newest last as the server lists them, each telling its body apart when two are listed. */
export function sessionOptions(sessions: readonly Session[], user: Pick<CurrentUser, 'congressId' | 'body'>): { value: number; label: string }[] {
  const both = spansBodies(sessions);
  return sessions.map((s) => ({ value: s.id, label: sessionLabel(s, user, both) }));
}
