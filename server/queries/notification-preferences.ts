import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { notificationPreferences } from '../db/schema';
import { MESSAGE_TYPES_BY_ROLE, receives } from '../notifications/message-roles';
import { MESSAGE_TYPE_LABELS } from '../notifications/templates';

const DEFAULTS = { emailEnabled: false, email: null, smsEnabled: false, mobile: null, mutedTypes: [] as string[], version: 0 };

/**
 * §7 the user's preferences (defaults: in-app only), with the message types one may mute:
 * only those a user of their role receives (server/notifications/message-roles.ts).
 */
export async function getNotificationPreferences(db: Db, actor: Actor) {
  const [p] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, actor.userId));
  const types = MESSAGE_TYPES_BY_ROLE[actor.role].map((type) => ({ type, label: MESSAGE_TYPE_LABELS[type] }));
  return {
    ...(p
      ? {
          emailEnabled: p.emailEnabled,
          email: p.email,
          smsEnabled: p.smsEnabled,
          mobile: p.mobile,
          // kinds muted under another role the user had before are no concern of this one
          mutedTypes: p.mutedTypes.filter((t) => receives(actor.role, t)),
          version: p.version,
        }
      : DEFAULTS),
    types,
  };
}
