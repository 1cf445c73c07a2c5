import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client';
import { deliveries } from '../db/schema';
import type { Senders } from '../notifications/senders';

/** Give up after this many attempts (the last error stays on the row, the admin page shows it). */
export const MAX_ATTEMPTS = 8;
/** How long a claimed delivery is one worker's by default: a worker killed mid-send frees it after this. */
const DEFAULT_LEASE_MS = 60_000;

/** Back-off before attempt n+1: 30 s, 1 min, 2 min, … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

interface Claimed {
  id: number;
  channel: 'email' | 'sms';
  address: string;
  subject: string;
  body: string;
  dedupeKey: string;
  attempts: number;
}

/**
 * Sends due e-mails and SMS (§7). A batch is claimed in a short transaction
 * (FOR UPDATE SKIP LOCKED, a lease, attempts + 1) and sent outside it, so a
 * slow gateway never holds the database. Success marks the row sent; a
 * failure schedules a retry with back-off. A worker that dies mid-send leaves
 * the lease to expire and the message is sent again with the same dedupe key,
 * which the gateway (idempotency key) or mail system (Message-ID) recognises.
 */
export async function deliverPending(
  db: Db,
  senders: Senders,
  now: () => Date,
  o: { batchSize?: number; leaseMs?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const at = now();
  const claimed = await db.transaction(async (tx) =>
    queryRows<Claimed>(
      tx as unknown as Db,
      sql`update deliveries set lease_until = ${new Date(at.getTime() + (o.leaseMs ?? DEFAULT_LEASE_MS))}, attempts = attempts + 1
          where id in (select id from deliveries where state = 'pending' and next_attempt_at <= ${at}
                         and (lease_until is null or lease_until < ${at})
                       order by id limit ${o.batchSize ?? 50} for update skip locked)
          returning id, channel, address, subject, body, dedupe_key as "dedupeKey", attempts`,
    ),
  );
  let sent = 0;
  let failed = 0;
  for (const d of claimed) {
    try {
      await senders[d.channel].send({ channel: d.channel, to: d.address, subject: d.subject, body: d.body, dedupeKey: d.dedupeKey });
      await db.update(deliveries).set({ state: 'sent', sentAt: now(), leaseUntil: null, lastError: null }).where(eq(deliveries.id, d.id));
      sent++;
    } catch (err) {
      failed++;
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      const giveUp = d.attempts >= MAX_ATTEMPTS;
      await db
        .update(deliveries)
        .set({ state: giveUp ? 'failed' : 'pending', lastError: message, leaseUntil: null, nextAttemptAt: new Date(now().getTime() + backoffMs(d.attempts)) })
        .where(eq(deliveries.id, d.id));
    }
  }
  return { sent, failed };
}
