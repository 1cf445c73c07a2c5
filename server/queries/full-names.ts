import { eq } from 'drizzle-orm';
import { fullSessionName } from '../../domain/documents/full-names';
import type { Db } from '../db/client';
import { congresses, sessions } from '../db/schema';

/** A congress's name (湖南省人民代表大会), from which documents complete the short names of its sessions and offices. */
export async function congressNameOf(db: Db, congressId: number): Promise<string> {
  const [c] = await db.select({ name: congresses.name }).from(congresses).where(eq(congresses.id, congressId));
  return c?.name ?? '';
}

/** A session as documents name it: 湖南省第十四届人民代表大会第三次会议 (domain/documents/full-names.ts). */
export async function sessionFullNameOf(db: Db, sessionId: number): Promise<string> {
  const [s] = await db
    .select({ name: sessions.name, congress: congresses.name })
    .from(sessions)
    .innerJoin(congresses, eq(congresses.id, sessions.congressId))
    .where(eq(sessions.id, sessionId));
  return s ? fullSessionName(s.congress, s.name) : '';
}
