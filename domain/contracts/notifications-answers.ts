import { z } from 'zod';
import { timestamp } from './common';

/** Answers of the in-app inbox and the notification preferences (server/routes/notifications.ts; §7). */

/** One message in the user's inbox. */
export const notificationEntry = z.object({
  id: z.number(),
  itemId: z.number().nullable(),
  itemNumber: z.string().nullable(),
  /** the message type (server/notifications/templates.ts) */
  type: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: timestamp,
  /** null: unread */
  readAt: timestamp.nullable(),
});

/** GET /api/notifications (listNotifications) — one page of the inbox, newest first, with the counts. */
export const notificationPage = z.object({
  rows: z.array(notificationEntry),
  /** messages matching the filter (all, or unread only) */
  total: z.number(),
  unread: z.number(),
});

/** GET /api/notifications/unread-count (countUnreadNotifications) — the bell's badge. */
export const unreadCountAnswer = z.object({ unread: z.number() });

/** POST /api/notifications/read-all (markAllNotificationsRead) — how many messages were marked read. */
export const markedReadAnswer = z.object({ marked: z.number() });

/**
 * GET/PUT /api/notification-preferences (getNotificationPreferences, saveNotificationPreferences) —
 * the user's own preferences (the defaults before the first save) and the message types one may mute.
 */
export const notificationPreferences = z.object({
  emailEnabled: z.boolean(),
  email: z.string().nullable(),
  smsEnabled: z.boolean(),
  mobile: z.string().nullable(),
  mutedTypes: z.array(z.string()),
  /** 0 before the first save */
  version: z.number(),
  types: z.array(z.object({ type: z.string(), label: z.string() })),
});
