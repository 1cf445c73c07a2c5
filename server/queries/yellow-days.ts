import { and, eq } from 'drizzle-orm';
import { DEFAULT_RULES, yearOf } from '../../domain/deadlines';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import { loadRules } from '../rules/rules-profile';

/**
 * R-SUP-1: the yellow-light threshold of the rules profile — of the session's
 * year when one is chosen, else of this year — so the ledger, the dashboard
 * and the key items light the same item the same way.
 */
export async function yellowDaysFor(db: Db, actor: Actor, sessionId: number | undefined, today: string): Promise<number> {
  if (!actor.congressId) return DEFAULT_RULES.yellowDays;
  let year = yearOf(today);
  if (sessionId) {
    const [session] = await db
      .select({ year: sessions.year })
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.congressId, actor.congressId)));
    if (session) year = session.year;
  }
  return (await loadRules(db, actor.congressId, year)).values.yellowDays;
}
