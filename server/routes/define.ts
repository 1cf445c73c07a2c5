import type { FastifyInstance, FastifySchema } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor, Policy } from '../auth/actor';
import type { Db } from '../db/client';
import { RawJson, snapshotCached, snapshotCachedJson } from '../queries/snapshot-cache';
import type { Ctx } from '../usecases/lib/run';

export interface RouteEnv {
  db: Db;
  dataDir: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Key = readonly (string | number | null | undefined)[];

/** The route's own context: the request's, plus a snapshot-cached read checked against the answer's schema. */
export interface RouteCtx extends Ctx {
  /**
   * The answer computed once per database snapshot (issue 6 §4) and kept as bytes. The value is
   * encoded through the route's response schema when computed — a cached answer is held to the
   * same contract as any other, and fields outside it are dropped before they are kept.
   * `tags`: what the answer reads (the item, the actor's scope — auth/item-scope.ts cacheTags); with them it is reused
   * after writes that touched none of them (issue 18 §2), without them only in the same snapshot.
   */
  cached: (key: Key, compute: (tx: Db) => Promise<unknown>, tags?: readonly string[]) => Promise<RawJson>;
  /** A value kept the same way (not an answer: a part of one, such as a search's count), read inside the answer's transaction `tx`. */
  kept: <T>(key: Key, compute: (tx: Db) => Promise<T>, tags: readonly string[], tx: Db) => Promise<T>;
}

export interface OperationDef<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType> {
  method: Method;
  url: string;
  operationId: string;
  summary: string;
  tags: string[];
  policy: Policy;
  body?: B;
  params?: P;
  querystring?: Q;
  /** The success answer (domain/contracts): documented in OpenAPI, and the serializer sends only its fields. */
  response: R;
  status?: number;
  handler: (a: {
    ctx: RouteCtx;
    actor: Actor;
    body: z.output<B>;
    params: z.output<P>;
    query: z.output<Q>;
    env: RouteEnv;
    // The answer is held to `response` at run time, by the serializer (a mismatch is a 500 that
    // every test through the route catches); rows typed loosely by the database are not cast here.
  }) => Promise<unknown>;
}

/**
 * One API operation: a thin handler (rule 1) — Zod validates the request, the policy
 * authenticates, one use case runs, the answer is encoded by its response schema.
 * `operationId` names it in the OpenAPI document; the error answers and the security
 * each operation needs are added for every route in server/routes/openapi.ts.
 */
export function operation<
  B extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(app: FastifyInstance, env: RouteEnv, def: OperationDef<B, P, Q, R>) {
  const status = def.status ?? 200;
  // Typed loosely on purpose: the request parts are typed by `def`, the answer is checked by its schema at run time.
  const schema: FastifySchema & { operationId: string; summary: string; tags: string[] } = {
    operationId: def.operationId,
    summary: def.summary,
    tags: def.tags,
    ...(def.body ? { body: def.body } : {}),
    ...(def.params ? { params: def.params } : {}),
    ...(def.querystring ? { querystring: def.querystring } : {}),
    response: { [status]: def.response },
  };
  app.route({
    method: def.method,
    url: def.url,
    config: { policy: def.policy },
    schema,
    handler: async (req, reply) => {
      const actor = req.actor as Actor;
      const base: Ctx = { db: env.db, actor, snapshot: req.snapshot ?? undefined };
      const ctx: RouteCtx = {
        ...base,
        cached: (key, compute, tags) => snapshotCachedJson(env.db, key, async (tx) => encodeAnswer(def, await compute(tx)), base.snapshot, tags),
        kept: (key, compute, tags, tx) => snapshotCached(env.db, key, compute, base.snapshot, tags, tx),
      };
      const result = await def.handler({
        ctx,
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
        return reply.status(status).type('application/json; charset=utf-8').send(result.body);
      }
      return reply.status(status).send(result ?? { ok: true });
    },
  });
}

/** Binds `operation` to one app and environment: `const on = operations(app, env)`. */
export function operations(app: FastifyInstance, env: RouteEnv) {
  return <B extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, R extends z.ZodType = z.ZodType>(
    def: OperationDef<B, P, Q, R>,
  ) => operation(app, env, def);
}

/** The value as the wire carries it, or the same error the serializer raises on an answer outside its contract. */
function encodeAnswer(def: { method: string; url: string; response: z.ZodType }, value: unknown): unknown {
  const r = z.safeEncode(def.response, value as never);
  if (!r.success) throw new ResponseSerializationError(def.method, def.url, { cause: r.error });
  return r.data;
}

/**
 * A file download's success answer (Word, Excel): sent as bytes, documented by its media type.
 * Use with the route's `schema.response`.
 */
export function fileAnswer(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: z.string().meta({ format: 'binary' }) } } };
}

/** If-None-Match: `*` or a list of tags; weak tags compare by their opaque part (RFC 9110 §13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
