/**
 * A key for the city's 12345 platform (issue 15 §2), made by the hotline office or the administrator:
 * the plain key is answered this once, only its SHA-256 is kept (a lost key is revoked and made anew).
 */
import crypto from 'node:crypto';
import { forbidden } from '../../../domain/errors';
import { hotlineApiKeys } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { sha256 } from './receive-platform-order';

/** The congress whose keys the actor keeps: the hotline office's or the administrator's own. */
export function keyKeeperOf(ctx: Ctx): number {
  const { role, congressId } = ctx.actor;
  if ((role !== 'hotlineOffice' && role !== 'admin') || congressId === null) throw forbidden();
  return congressId;
}

export async function createApiKey(ctx: Ctx, o: { name: string }) {
  const congressId = keyKeeperOf(ctx);
  const key = `jyrx_${crypto.randomBytes(32).toString('base64url')}`;
  const [row] = await ctx.db
    .insert(hotlineApiKeys)
    .values({ congressId, name: o.name, keySha256: sha256(key), createdAt: nowOf(ctx) })
    .returning({ id: hotlineApiKeys.id, name: hotlineApiKeys.name, createdAt: hotlineApiKeys.createdAt, revokedAt: hotlineApiKeys.revokedAt });
  return { ...row, key };
}
