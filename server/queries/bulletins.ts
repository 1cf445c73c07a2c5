import { and, desc, eq, sql } from 'drizzle-orm';
import { forbidden, notFound } from '../../domain/errors';
import { bulletinNumber, type BulletinContent } from '../../domain/supervision/bulletin';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { bulletins, users } from '../db/schema';

function congressOf(actor: Actor): number {
  if (!actor.congressId) throw forbidden('noCongress');
  return actor.congressId;
}

const header = {
  id: bulletins.id,
  sessionId: bulletins.sessionId,
  year: bulletins.year,
  seq: bulletins.seq,
  title: bulletins.title,
  asOf: bulletins.asOf,
  generatedBy: bulletins.generatedBy,
  generatedByName: users.displayName,
  createdAt: bulletins.createdAt,
  unitsBehind: sql<number>`coalesce((${bulletins.content}->'totals'->>'unitsBehind')::int, 0)`,
};

/** R-SUP-4 the congress's bulletins, newest first (optionally of one session). */
export async function listBulletins(db: Db, actor: Actor, f: { sessionId?: number }) {
  const rows = await db
    .select(header)
    .from(bulletins)
    .leftJoin(users, eq(users.id, bulletins.generatedBy))
    .where(and(eq(bulletins.congressId, congressOf(actor)), f.sessionId ? eq(bulletins.sessionId, f.sessionId) : undefined))
    .orderBy(desc(bulletins.year), desc(bulletins.seq))
    .limit(500);
  return rows.map((r) => ({ ...r, number: bulletinNumber(r.year, r.seq), scheduled: r.generatedBy === null }));
}

/** One bulletin with its figures (as stored when generated). */
export async function getBulletin(db: Db, actor: Actor, bulletinId: number) {
  const [row] = await db
    .select({ ...header, content: bulletins.content })
    .from(bulletins)
    .leftJoin(users, eq(users.id, bulletins.generatedBy))
    .where(and(eq(bulletins.id, bulletinId), eq(bulletins.congressId, congressOf(actor))));
  if (!row) throw notFound('通报');
  return { ...row, content: row.content as BulletinContent, number: bulletinNumber(row.year, row.seq), scheduled: row.generatedBy === null };
}
