import { RawJson } from '../queries/snapshot-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor, Policy } from '../auth/actor';
import type { Db } from '../db/client';
import type { Ctx } from '../usecases/lib/run';

export interface RouteEnv {
  db: Db;
  dataDir: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API operation: a thin handler (rule 1) — Zod validates, the policy
 * authenticates, one use case runs, the result is returned. `operationId`
 * names it in the OpenAPI document.
 */
export function operation<
  B extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
>(
  app: FastifyInstance,
  env: RouteEnv,
  def: {
    method: Method;
    url: string;
    operationId: string;
    summary: string;
    tags: string[];
    policy: Policy;
    body?: B;
    params?: P;
    querystring?: Q;
    status?: number;
    handler: (a: { ctx: Ctx; actor: Actor; body: z.output<B>; params: z.output<P>; query: z.output<Q>; env: RouteEnv }) => Promise<unknown>;
  },
) {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: def.url,
    config: { policy: def.policy },
    schema: {
      operationId: def.operationId,
      summary: def.summary,
      tags: def.tags,
      ...(def.body ? { body: def.body } : {}),
      ...(def.params ? { params: def.params } : {}),
      ...(def.querystring ? { querystring: def.querystring } : {}),
    },
    handler: async (req, reply) => {
      const actor = req.actor as Actor;
      const result = await def.handler({
        ctx: { db: env.db, actor, snapshot: req.snapshot ?? undefined },
        actor,
        body: req.body as z.output<B>,
        params: req.params as z.output<P>,
        query: req.query as z.output<Q>,
        env,
      });
      // A body serialized once and kept (snapshot cache) goes out as it is.
      if (result instanceof RawJson) {
        // Revalidated on every use (no-cache), answered 304 when the browser already holds these bytes.
        reply.header('etag', result.etag).header('cache-control', 'private, no-cache');
        if (def.method === 'GET' && matchesEtag(req.headers['if-none-match'], result.etag)) return reply.status(304).send();
        return reply.status(def.status ?? 200).type('application/json; charset=utf-8').send(result.body);
      }
      return reply.status(def.status ?? 200).send(result ?? { ok: true });
    },
  });
}

/** If-None-Match: `*` or a list of tags; weak tags compare by their opaque part (RFC 9110 §13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
