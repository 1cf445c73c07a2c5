import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginAnswer } from '../../domain/contracts/auth-answers';
import { okSchema } from '../../domain/contracts/common';
import { ROLE_LABELS } from '../../domain/items/roles';
import { SESSION_COOKIE } from '../auth/plugin';
import { login, logout } from '../auth/sessions';
import type { RouteEnv } from './define';

/** Login, current user and logout (server-side sessions in an httpOnly SameSite cookie). */
export function authRoutes(app: FastifyInstance, env: RouteEnv, opts: { secureCookies: boolean }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/auth/login',
    {
      config: { policy: 'public' },
      schema: {
        operationId: 'login',
        summary: '用户名密码登录',
        tags: ['认证'],
        body: z.object({ username: z.string().trim().min(1, '请输入用户名').max(100), password: z.string().min(1, '请输入密码').max(200) }),
        response: { 200: loginAnswer },
      },
    },
    async (req, reply) => {
      const res = await login(env.db, req.body.username, req.body.password, req.ip);
      reply.setCookie(SESSION_COOKIE, res.sessionId, { httpOnly: true, sameSite: 'strict', path: '/', secure: opts.secureCookies });
      return { user: { ...res.actor, roleLabel: ROLE_LABELS[res.actor.role] }, csrfToken: res.csrfToken };
    },
  );
  r.get(
    '/api/auth/me',
    { config: { policy: 'authenticated' }, schema: { operationId: 'getCurrentUser', summary: '当前用户', tags: ['认证'], response: { 200: loginAnswer } } },
    async (req) => ({
      user: { ...req.actor!, roleLabel: ROLE_LABELS[req.actor!.role] },
      csrfToken: req.csrfToken!,
    }),
  );
  r.post(
    '/api/auth/logout',
    { config: { policy: 'authenticated' }, schema: { operationId: 'logout', summary: '退出登录', tags: ['认证'], response: { 200: okSchema } } },
    async (req, reply) => {
      await logout(env.db, req.cookies[SESSION_COOKIE]!, req.actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true } as const;
    },
  );
}
