import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id, okSchema } from '../../domain/contracts/common';
import { notificationPreferencesBody } from '../../domain/contracts/notifications';
import * as a from '../../domain/contracts/notifications-answers';
import { getNotificationPreferences } from '../queries/notification-preferences';
import { listNotifications, unreadCount } from '../queries/notifications';
import { markAllNotificationsRead } from '../usecases/notifications/mark-all-notifications-read';
import { markNotificationRead } from '../usecases/notifications/mark-notification-read';
import { saveNotificationPreferences } from '../usecases/notifications/save-notification-preferences';
import { operation, type RouteEnv } from './define';

const tags = ['消息'];

/** §7 the in-app inbox and each user's notification preferences (every signed-in user, their own only). */
export function notificationRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, {
    method: 'GET',
    url: '/api/notifications',
    operationId: 'listNotifications',
    response: a.notificationPage,
    summary: '我的站内消息（最新在前，含未读数）',
    tags,
    policy: 'authenticated',
    querystring: z.object({
      unread: z
        .enum(['true', 'false'])
        .optional()
        .transform((v) => v === 'true'),
      page: z.coerce.number().int().min(1).max(100_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
    handler: ({ ctx, query }) => listNotifications(ctx.db, ctx.actor, query),
  });
  operation(app, env, {
    method: 'GET',
    url: '/api/notifications/unread-count',
    operationId: 'countUnreadNotifications',
    response: a.unreadCountAnswer,
    summary: '未读消息数',
    tags,
    policy: 'authenticated',
    handler: ({ ctx }) => unreadCount(ctx.db, ctx.actor),
  });
  operation(app, env, {
    method: 'POST',
    url: '/api/notifications/:notificationId/read',
    operationId: 'markNotificationRead',
    response: okSchema,
    summary: '标记一条消息已读',
    tags,
    policy: 'authenticated',
    params: z.object({ notificationId: id }),
    handler: ({ ctx, params }) => markNotificationRead(ctx, params),
  });
  operation(app, env, {
    method: 'POST',
    url: '/api/notifications/read-all',
    operationId: 'markAllNotificationsRead',
    response: a.markedReadAnswer,
    summary: '全部标记已读',
    tags,
    policy: 'authenticated',
    handler: ({ ctx }) => markAllNotificationsRead(ctx),
  });
  operation(app, env, {
    method: 'GET',
    url: '/api/notification-preferences',
    operationId: 'getNotificationPreferences',
    response: a.notificationPreferences,
    summary: '我的消息提醒设置（邮件、短信、免打扰类型）',
    tags,
    policy: 'authenticated',
    handler: ({ ctx }) => getNotificationPreferences(ctx.db, ctx.actor),
  });
  operation(app, env, {
    method: 'PUT',
    url: '/api/notification-preferences',
    operationId: 'saveNotificationPreferences',
    response: a.notificationPreferences,
    summary: '保存消息提醒设置',
    tags,
    policy: 'authenticated',
    body: notificationPreferencesBody,
    handler: async ({ ctx, body }) => {
      await saveNotificationPreferences(ctx, body);
      return getNotificationPreferences(ctx.db, ctx.actor);
    },
  });
}
