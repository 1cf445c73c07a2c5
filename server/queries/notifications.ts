import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';

export interface NotificationRow {
  id: number;
  itemId: number | null;
  itemNumber: string | null;
  type: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

/** §7 the in-app inbox of the signed-in user, newest first, with the unread count. */
export async function listNotifications(db: Db, actor: Actor, q: { unread?: boolean; page: number; pageSize: number }) {
  const filter = q.unread ? sql`and n.read_at is null` : sql``;
  const [rows, [counts]] = await Promise.all([
    queryRows<NotificationRow>(
      db,
      sql`select n.id, n.item_id as "itemId", i.number as "itemNumber", n.type, n.title, n.body, n.created_at as "createdAt", n.read_at as "readAt"
          from notifications n left join items i on i.id = n.item_id
          where n.user_id = ${actor.userId} ${filter}
          order by n.id desc limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
    ),
    queryRows<{ total: number; unread: number }>(
      db,
      sql`select count(*) filter (where true ${filter})::int as total, count(*) filter (where n.read_at is null)::int as unread
          from notifications n where n.user_id = ${actor.userId}`,
    ),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), readAt: r.readAt ? new Date(r.readAt).toISOString() : null })),
    total: counts.total,
    unread: counts.unread,
  };
}

/** The badge of the bell: how many unread (a partial index keeps this cheap). */
export async function unreadCount(db: Db, actor: Actor): Promise<{ unread: number }> {
  const [r] = await queryRows<{ unread: number }>(
    db,
    sql`select count(*)::int as unread from notifications where user_id = ${actor.userId} and read_at is null`,
  );
  return r;
}
