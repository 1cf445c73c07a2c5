import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id } from '../../domain/contracts/common';
import { notificationPreferencesBody } from '../../domain/contracts/notifications';
import { listNotifications, unreadCount } from '../queries/notifications';
import { markAllNotificationsRead, markNotificationRead } from '../usecases/notifications/mark-read';
import { getNotificationPreferences, saveNotificationPreferences } from '../usecases/notifications/preferences';
import { operation, type RouteEnv } from './define';

const tags = ['消息'];

/** §7 the in-app inbox and each user's notification preferences (every signed-in user, their own only). */
export function notificationRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, { method: 'GET', url: '/api/notifications', operationId: 'listNotifications', summary: '我的站内消息（最新在前，含未读数）', tags, policy: 'authenticated',
    querystring: z.object({
      unread: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
      page: z.coerce.number().int().min(1).max(100_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
    handler: ({ ctx, query }) => listNotifications(ctx.db, ctx.actor, query) });
  operation(app, env, { method: 'GET', url: '/api/notifications/unread-count', operationId: 'countUnreadNotifications', summary: '未读消息数', tags, policy: 'authenticated',
    handler: ({ ctx }) => unreadCount(ctx.db, ctx.actor) });
  operation(app, env, { method: 'POST', url: '/api/notifications/:notificationId/read', operationId: 'markNotificationRead', summary: '标记一条消息已读', tags, policy: 'authenticated',
    params: z.object({ notificationId: id }),
    handler: ({ ctx, params }) => markNotificationRead(ctx, params) });
  operation(app, env, { method: 'POST', url: '/api/notifications/read-all', operationId: 'markAllNotificationsRead', summary: '全部标记已读', tags, policy: 'authenticated',
    handler: ({ ctx }) => markAllNotificationsRead(ctx) });
  operation(app, env, { method: 'GET', url: '/api/notification-preferences', operationId: 'getNotificationPreferences', summary: '我的消息提醒设置（邮件、短信、免打扰类型）', tags, policy: 'authenticated',
    handler: ({ ctx }) => getNotificationPreferences(ctx) });
  operation(app, env, { method: 'PUT', url: '/api/notification-preferences', operationId: 'saveNotificationPreferences', summary: '保存消息提醒设置', tags, policy: 'authenticated',
    body: notificationPreferencesBody,
    handler: ({ ctx, body }) => saveNotificationPreferences(ctx, body) });
}
