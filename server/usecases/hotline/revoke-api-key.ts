/** Revokes a 12345 platform's key: from now on it is refused (401). Revoking it again changes nothing. */
import { and, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../../domain/errors';
import { hotlineApiKeys } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { keyKeeperOf } from './create-api-key';

export async function revokeApiKey(ctx: Ctx, o: { keyId: number }) {
  const congressId = keyKeeperOf(ctx);
  const mine = and(eq(hotlineApiKeys.id, o.keyId), eq(hotlineApiKeys.congressId, congressId));
  const [row] = await ctx.db.select({ id: hotlineApiKeys.id }).from(hotlineApiKeys).where(mine);
  if (!row) throw notFound('接口密钥');
  await ctx.db
    .update(hotlineApiKeys)
    .set({ revokedAt: nowOf(ctx) })
    .where(and(mine, isNull(hotlineApiKeys.revokedAt)));
  return { ok: true as const };
}
