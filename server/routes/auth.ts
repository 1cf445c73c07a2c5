import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginAnswer } from '../../domain/contracts/auth-answers';
import { switchPlaceBody } from '../../domain/contracts/levels';
import { placesAnswer } from '../../domain/contracts/levels-answers';
import { okSchema } from '../../domain/contracts/common';
import { SESSION_COOKIE } from '../auth/plugin';
import { currentMembership, currentUserAnswer, placesOf, switchPlace } from '../auth/memberships';
import { resolveSession } from '../auth/sessions';
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
      return { user: await currentUserAnswer(env.db, res.actor), csrfToken: res.csrfToken };
    },
  );
  r.get(
    '/api/auth/me',
    { config: { policy: 'authenticated' }, schema: { operationId: 'getCurrentUser', summary: '当前用户', tags: ['认证'], response: { 200: loginAnswer } } },
    async (req) => ({ user: await currentUserAnswer(env.db, req.actor!), csrfToken: req.csrfToken! }),
  );
  r.get(
    '/api/auth/places',
    {
      config: { policy: 'authenticated' },
      schema: { operationId: 'listPlaces', summary: '我的工作身份（所属各级人大、政协）', tags: ['认证'], response: { 200: placesAnswer } },
    },
    async (req) => ({ places: await placesOf(env.db, req.actor!, await currentMembership(env.db, req.cookies[SESSION_COOKIE]!)) }),
  );
  r.post(
    '/api/auth/place',
    {
      config: { policy: 'authenticated' },
      schema: { operationId: 'switchPlace', summary: '切换工作身份', tags: ['认证'], body: switchPlaceBody, response: { 200: loginAnswer } },
    },
    async (req) => {
      const sid = req.cookies[SESSION_COOKIE]!;
      await switchPlace(env.db, sid, req.actor!, req.body.membershipId, req.ip);
      // The session now resolves to the new place: answer as the next request will see it.
      const s = (await resolveSession(env.db, sid, Number.MAX_SAFE_INTEGER))!;
      return { user: await currentUserAnswer(env.db, s.actor), csrfToken: s.csrfToken };
    },
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
