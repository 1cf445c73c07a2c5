import { and, desc, eq, sql } from 'drizzle-orm';
import { forbidden, notFound } from '../../../domain/errors';
import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import { OFFICE_ROLES } from '../../../domain/items/roles';
import { fullSessionName } from '../../../domain/documents/full-names';
import { bulletinNumber, bulletinTitle, buildBulletinContent } from '../../../domain/supervision/bulletin';
import type { Db } from '../../db/client';
import { bulletins, congresses, sessions } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { countUnitTasks } from './count-unit-tasks';
import { lockCongress } from './shared';

export type SessionRow = typeof sessions.$inferSelect;

/** The congress's latest session (the current one): the latest year, then the latest created. */
export async function latestSession(tx: Db, congressId: number): Promise<SessionRow | undefined> {
  const [s] = await tx.select().from(sessions).where(eq(sessions.congressId, congressId)).orderBy(desc(sessions.year), desc(sessions.id)).limit(1);
  return s;
}

/**
 * R-SUP-4: computes a session's bulletin as of a date and stores it with the
 * next issue number of the congress and year (第N期). The congress row is
 * locked while the number is taken, so two bulletins never share one.
 * With `skipEmpty`, a session with no counted task stores nothing (null).
 */
export async function createBulletin(
  tx: Db,
  o: { congressId: number; session: SessionRow; asOf: string; generatedBy: number | null; scheduledMonth: string | null; now: Date; skipEmpty?: boolean },
) {
  await lockCongress(tx, o.congressId);
  const counts = await countUnitTasks(tx, o.session.id, o.asOf);
  if (o.skipEmpty && counts.length === 0) return null;
  const [congress] = await tx.select({ name: congresses.name }).from(congresses).where(eq(congresses.id, o.congressId));
  const content = buildBulletinContent({ sessionId: o.session.id, sessionName: o.session.name, asOf: o.asOf, scheduledMonth: o.scheduledMonth, counts });
  const year = yearOf(o.asOf);
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${bulletins.seq}), 0)::int + 1` })
    .from(bulletins)
    .where(and(eq(bulletins.congressId, o.congressId), eq(bulletins.year, year)));
  const [row] = await tx
    .insert(bulletins)
    .values({
      congressId: o.congressId,
      sessionId: o.session.id,
      year,
      seq: next,
      // The session in full: 湖南省第十四届人民代表大会第三次会议代表建议办理进度通报（…）.
      title: bulletinTitle(fullSessionName(congress?.name ?? '', o.session.name), o.asOf),
      asOf: o.asOf,
      content,
      generatedBy: o.generatedBy,
      createdAt: o.now,
    })
    .returning();
  return { ...row, content, number: bulletinNumber(year, next), scheduled: o.generatedBy === null };
}

/**
 * R-SUP-4 a bulletin on demand: an office generates one for a session of
 * its congress (by default the latest) with the figures as of today.
 */
export async function generateBulletin(ctx: Ctx, o: { sessionId?: number | null }) {
  if (!OFFICE_ROLES.includes(ctx.actor.role) || !ctx.actor.congressId) throw forbidden('bulletinIssuersOnly');
  const congressId = ctx.actor.congressId;
  const now = nowOf(ctx);
  return ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const session = o.sessionId
      ? (
          await tx
            .select()
            .from(sessions)
            .where(and(eq(sessions.id, o.sessionId), eq(sessions.congressId, congressId)))
        )[0]
      : await latestSession(tx, congressId);
    if (!session) throw notFound('届次');
    return (await createBulletin(tx, { congressId, session, asOf: todayInShanghai(now), generatedBy: ctx.actor.userId, scheduledMonth: null, now }))!;
  });
}
