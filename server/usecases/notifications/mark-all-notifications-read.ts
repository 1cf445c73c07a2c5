import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';

/** Marks every unread message of the user read; answers how many. */
export async function markAllNotificationsRead(ctx: Ctx) {
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: nowOf(ctx) })
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
