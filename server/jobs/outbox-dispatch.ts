import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client';
import { partSql } from '../db/role-part-sql';
import { deliveries, notifications, outbox } from '../db/schema';
import { renderMessage } from '../notifications/templates';

interface Recipient {
  outboxId: number;
  type: string;
  itemId: number | null;
  payload: Record<string, unknown>;
  number: string | null;
  title: string | null;
  kind: string | null;
  userId: number;
  emailEnabled: boolean | null;
  email: string | null;
  smsEnabled: boolean | null;
  mobile: string | null;
  mutedTypes: string[] | null;
}

/**
 * Fans pending outbox messages out after their transaction committed (§7):
 * each becomes one in-app notification per recipient user, plus an e-mail
 * and/or SMS delivery where the user asked for them. A batch is claimed with
 * FOR UPDATE SKIP LOCKED, written and stamped in one transaction, and the
 * unique (outbox, user) and dedupe keys make a second pass write nothing —
 * so every message reaches each recipient once, whichever process runs it.
 */
export async function dispatchOutbox(db: Db, now: Date, batchSize = 500): Promise<number> {
  return db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    // `now` has a JS clock's milliseconds, an outbox row the database's microseconds (its default
    // now()): a message written within the same millisecond as `now` is due too.
    const batch = await queryRows<{ id: number }>(
      tx,
      sql`select id from outbox where sent_at is null and next_attempt_at < ${now}::timestamptz + interval '1 millisecond' order by id limit ${batchSize} for update skip locked`,
    );
    if (!batch.length) return 0;
    const ids = batch.map((b) => b.id);
    const idList = sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    );
    // Recipients: a user, a deputy's users, a unit's staff (or those of one role in it), or an office's queue (the item's congress).
    const rows = await queryRows<Recipient>(
      tx,
      sql`with o as (
            -- An office's queue is the item's body's, except the government office's: for a proposal it is
            -- the congress's beside the CPPCC committee (one government office, two bodies — §8).
            select o.*, i.number, i.title, i.kind,
                   case when o.recipient_role = 'governmentOffice' then coalesce(c.beside_id, c.id) else c.id end as cid
            from outbox o left join items i on i.id = o.item_id
            left join congresses c on c.id = coalesce(o.congress_id, i.congress_id)
            where o.id in (${idList})
          ), r as (
            select o.id as outbox_id, u.id as user_id from o join users u on u.id = o.recipient_user_id
            union select o.id, u.id from o join users u on u.deputy_id = o.recipient_deputy_id
            union select o.id, u.id from o join users u on u.organization_id = o.recipient_org_id and (o.recipient_role is null or u.role = o.recipient_role)
            union select o.id, u.id from o join users u on u.congress_id = o.cid and ${partSql(sql`u.role`)} = coalesce(o.recipient_role, 'liaisonOffice')
              where o.recipient_user_id is null and o.recipient_deputy_id is null and o.recipient_org_id is null
            -- The same through a user's other places (issue 16): a county deputy who is a city deputy too, a presidium's office.
            union select o.id, m.user_id from o join user_memberships m on m.deputy_id = o.recipient_deputy_id
            union select o.id, m.user_id from o join user_memberships m on m.organization_id = o.recipient_org_id and (o.recipient_role is null or m.role = o.recipient_role)
            union select o.id, m.user_id from o join user_memberships m on m.congress_id = o.cid and ${partSql(sql`m.role`)} = coalesce(o.recipient_role, 'liaisonOffice')
              where o.recipient_user_id is null and o.recipient_deputy_id is null and o.recipient_org_id is null
          )
          select o.id as "outboxId", o.type, o.item_id as "itemId", o.payload, o.number, o.title, o.kind, u.id as "userId",
                 p.email_enabled as "emailEnabled", p.email, p.sms_enabled as "smsEnabled", p.mobile, p.muted_types as "mutedTypes"
          from r join o on o.id = r.outbox_id join users u on u.id = r.user_id and u.disabled_at is null
          left join notification_preferences p on p.user_id = u.id
          order by o.id, u.id`,
    );
    const inbox: (typeof notifications.$inferInsert)[] = [];
    const out: (typeof deliveries.$inferInsert)[] = [];
    for (const r of rows) {
      const m = renderMessage({ type: r.type, number: r.number, title: r.title, kind: r.kind, payload: r.payload ?? {} });
      inbox.push({ userId: r.userId, outboxId: r.outboxId, itemId: r.itemId, type: r.type, title: m.title, body: m.body, createdAt: now });
      if (r.mutedTypes?.includes(r.type)) continue;
      const base = { outboxId: r.outboxId, userId: r.userId, subject: m.title, body: m.body, nextAttemptAt: now, createdAt: now };
      if (r.emailEnabled && r.email) out.push({ ...base, channel: 'email', address: r.email, dedupeKey: `o${r.outboxId}-u${r.userId}-email` });
      if (r.smsEnabled && r.mobile) out.push({ ...base, channel: 'sms', address: r.mobile, dedupeKey: `o${r.outboxId}-u${r.userId}-sms` });
    }
    for (let i = 0; i < inbox.length; i += 1000)
      await tx
        .insert(notifications)
        .values(inbox.slice(i, i + 1000))
        .onConflictDoNothing();
    for (let i = 0; i < out.length; i += 1000)
      await tx
        .insert(deliveries)
        .values(out.slice(i, i + 1000))
        .onConflictDoNothing();
    await tx
      .update(outbox)
      .set({ sentAt: now, attempts: sql`${outbox.attempts} + 1` })
      .where(inArray(outbox.id, ids));
    return ids.length;
  });
}
