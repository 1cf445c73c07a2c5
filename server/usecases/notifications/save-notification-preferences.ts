import { and, eq, sql } from 'drizzle-orm';
import { domainError, staleVersion } from '../../../domain/errors';
import type { NotificationPreferencesBody } from '../../../domain/contracts/notifications';
import { notificationPreferences } from '../../db/schema';
import { receives } from '../../notifications/message-roles';
import { MESSAGE_TYPE_LABELS } from '../../notifications/templates';
import { nowOf, type Ctx } from '../lib/run';

/**
 * Saves the preferences. The first save creates them (version absent); a
 * later one must carry the version it saw (a stale one is a 409, never a clobber).
 * The route answers with them as read afterwards (getNotificationPreferences).
 * Only kinds of message the user's role receives may be muted (message-roles.ts).
 */
export async function saveNotificationPreferences(ctx: Ctx, body: NotificationPreferencesBody & { email?: string | null; mobile?: string | null }) {
  const unknown = body.mutedTypes.filter((t) => !(t in MESSAGE_TYPE_LABELS));
  if (unknown.length) throw domainError('UNKNOWN_MESSAGE_TYPE', { types: unknown });
  const foreign = body.mutedTypes.filter((t) => !receives(ctx.actor.role, t));
  if (foreign.length) throw domainError('MESSAGE_TYPE_NOT_FOR_ROLE', { labels: [...new Set(foreign.map((t) => MESSAGE_TYPE_LABELS[t]))] });
  const values = {
    emailEnabled: body.emailEnabled,
    email: body.email ?? null,
    smsEnabled: body.smsEnabled,
    mobile: body.mobile ?? null,
    mutedTypes: [...new Set(body.mutedTypes)],
    updatedAt: nowOf(ctx),
  };
  if (body.version === undefined) {
    const rows = await ctx.db
      .insert(notificationPreferences)
      .values({ userId: ctx.actor.userId, ...values })
      .onConflictDoNothing()
      .returning();
    if (!rows.length) throw staleVersion();
  } else {
    const rows = await ctx.db
      .update(notificationPreferences)
      .set({ ...values, version: sql`${notificationPreferences.version} + 1` })
      .where(and(eq(notificationPreferences.userId, ctx.actor.userId), eq(notificationPreferences.version, body.version)))
      .returning();
    if (!rows.length) throw staleVersion();
  }
}
