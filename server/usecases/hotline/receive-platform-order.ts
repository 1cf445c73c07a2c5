/**
 * The inbound API (issue 15 §2): the city's 12345 platform pushes a deputy's call. It is known by its
 * key (only the SHA-256 is kept, a revoked key is refused); its own order number is the idempotency
 * key — an order sent again answers the order already made (200, created: false) and never makes a
 * second one, also when both copies arrive at once (the unique index decides; the loser finds the winner).
 */
import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { inboundOrderBody } from '../../../domain/contracts/hotline';
import { domainError } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { hotlineApiKeys, workOrders } from '../../db/schema';
import { isUniqueViolation } from './catalogue';
import { checkPlaceName, insertOrder, matchDeputy, resolveCategory } from './intake';

export const sha256 = (key: string) => crypto.createHash('sha256').update(key, 'utf8').digest('hex');

/** The platform's key: its congress and name, or 401. */
export async function platformOf(db: Db, key: string | undefined): Promise<{ id: number; congressId: number; name: string }> {
  if (!key || key.length < 16) throw domainError('HOTLINE_API_KEY_INVALID');
  const [row] = await db
    .select({ id: hotlineApiKeys.id, congressId: hotlineApiKeys.congressId, name: hotlineApiKeys.name })
    .from(hotlineApiKeys)
    .where(and(eq(hotlineApiKeys.keySha256, sha256(key)), isNull(hotlineApiKeys.revokedAt)));
  if (!row) throw domainError('HOTLINE_API_KEY_INVALID');
  return row;
}

async function existing(db: Db, congressId: number, orderNo: string) {
  const [row] = await db
    .select({ id: workOrders.id, number: workOrders.number })
    .from(workOrders)
    .where(and(eq(workOrders.congressId, congressId), eq(workOrders.platformOrderNo, orderNo)));
  return row ?? null;
}

export type Platform = Awaited<ReturnType<typeof platformOf>>;

/** The order the platform sends, made once; the platform known by its key (platformOf, or here from the plain key). */
export async function receivePlatformOrder(
  db: Db,
  from: Platform | string | undefined,
  body: z.output<typeof inboundOrderBody>,
  now: Date = new Date(),
): Promise<{ created: boolean; id: number; number: string }> {
  const platform = typeof from === 'object' ? from : await platformOf(db, from);
  const found = await existing(db, platform.congressId, body.orderNo);
  if (found) return { created: false, ...found };
  try {
    return await db.transaction(async (txx) => {
      const tx = txx as unknown as Db;
      const { catalogueId, category } = await resolveCategory(tx, platform.congressId, null, body.category);
      const deputy = await matchDeputy(tx, platform.congressId, body.callerPhone);
      const place = await checkPlaceName(tx, platform.congressId, body.placeName ?? null);
      const row = await insertOrder(
        tx,
        { actor: null, now, as: { name: `12345平台（${platform.name}）`, role: 'platform' } },
        {
          congressId: platform.congressId,
          source: 'platform',
          platformOrderNo: body.orderNo,
          callerPhone: body.callerPhone,
          deputy,
          deputyConfirmed: false,
          catalogueId,
          category,
          content: body.content,
          calledAt: new Date(body.calledAt),
          urgency: body.urgency,
          placeCongressId: place,
          placeName: body.placeName ?? null,
          createdBy: null,
          extra: { platformOrderNo: body.orderNo, callerName: body.callerName ?? null },
        },
        now,
      );
      return { created: true, id: row.id, number: row.number };
    });
  } catch (e) {
    // The same order sent twice at once: the other copy won the unique index; answer it.
    if (isUniqueViolation(e)) {
      const again = await existing(db, platform.congressId, body.orderNo);
      if (again) return { created: false, ...again };
    }
    throw e;
  }
}
