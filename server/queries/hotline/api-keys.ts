/** The 12345 platform's keys of the viewer's congress (names and dates; never a key or its hash). */
import { desc, eq } from 'drizzle-orm';
import { forbidden } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { hotlineApiKeys } from '../../db/schema';

export async function hotlineApiKeyList(db: Db, actor: Actor) {
  if ((actor.role !== 'hotlineOffice' && actor.role !== 'admin') || actor.congressId === null) throw forbidden();
  const keys = await db
    .select({ id: hotlineApiKeys.id, name: hotlineApiKeys.name, createdAt: hotlineApiKeys.createdAt, revokedAt: hotlineApiKeys.revokedAt })
    .from(hotlineApiKeys)
    .where(eq(hotlineApiKeys.congressId, actor.congressId))
    .orderBy(desc(hotlineApiKeys.id));
  return { keys };
}
