import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { notificationPreferences } from '../db/schema';
import { MESSAGE_TYPE_LABELS } from '../notifications/templates';

const DEFAULTS = { emailEnabled: false, email: null, smsEnabled: false, mobile: null, mutedTypes: [] as string[], version: 0 };

/** §7 the user's preferences (defaults: in-app only), with the message types one may mute. */
export async function getNotificationPreferences(db: Db, actor: Actor) {
  const [p] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, actor.userId));
  const types = Object.entries(MESSAGE_TYPE_LABELS).map(([type, label]) => ({ type, label }));
  return {
    ...(p
      ? { emailEnabled: p.emailEnabled, email: p.email, smsEnabled: p.smsEnabled, mobile: p.mobile, mutedTypes: p.mutedTypes, version: p.version }
      : DEFAULTS),
    types,
  };
}
