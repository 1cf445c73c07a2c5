import { and, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../../domain/errors';
import { notifications } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';

/** §7 marks one of the user's own messages read (reading twice keeps the first time). */
export async function markNotificationRead(ctx: Ctx, o: { notificationId: number }) {
  const [n] = await ctx.db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, o.notificationId), eq(notifications.userId, ctx.actor.userId)));
  if (!n) throw notFound('消息');
  if (!n.readAt) {
    await ctx.db
      .update(notifications)
      .set({ readAt: nowOf(ctx) })
      .where(and(eq(notifications.id, n.id), isNull(notifications.readAt)));
  }
  return { ok: true as const };
}
