import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { domainError, forbidden } from '../../domain/errors';
import type { Db } from '../db/client';
import type { Policy } from './actor';
import { resolveSession } from './sessions';

export const SESSION_COOKIE = 'jy_sid';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

/**
 * Authentication, CSRF and route policy. Deny by default: an /api route with
 * no `config.policy` answers 403 (and test/api-contract.test.ts fails).
 */
export function registerAuth(app: FastifyInstance, db: Db, idleMinutes: number) {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('snapshot', null);

  // onRequest: before the body is read and validated, so an anonymous or
  // CSRF-less request is refused without parsing its payload (and gets 401/403,
  // not validation details). Unmatched URLs go on to the 404 handler. Decided
  // by the matched route's pattern, not the raw URL: the router decodes
  // percent-escapes, so '/%61pi/items' is the route '/api/items'.
  app.addHook('onRequest', async (req: FastifyRequest) => {
    const route = req.routeOptions.url;
    if (req.is404 || route === undefined || !route.startsWith('/api/') || route === '/api/openapi.json') return;
    const policy: Policy | undefined = req.routeOptions.config.policy;
    if (!policy) throw forbidden('noRoutePolicy');

    const sid = req.cookies[SESSION_COOKIE];
    if (sid) {
      const s = await resolveSession(db, sid, idleMinutes);
      if (s) {
        req.actor = s.actor;
        req.csrfToken = s.csrfToken;
        req.snapshot = s.snapshot;
      }
    }
    if (policy === 'public') return;
    if (!req.actor) throw domainError('UNAUTHENTICATED');
    // CSRF: every state-changing request carries the session's token in a header.
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, req.csrfToken!)) {
        throw domainError('CSRF_FAILED');
      }
    }
    if (policy !== 'authenticated' && !policy.includes(req.actor.role)) throw forbidden();
  });
}
