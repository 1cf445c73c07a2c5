import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../server/app';
import { actorOf, type Actor } from '../server/auth/actor';
import type { Database } from '../server/db/client';
import { operations } from '../server/routes/define';
import { registerErrorHandler } from '../server/routes/error-handler';
import { DB_KINDS, freshDatabase } from './helpers/db';

/**
 * Issue 21 §1: one contract both ways. Every operation of the OpenAPI document declares its
 * answer, its error answers and the security it needs; the server holds every answer to its
 * schema (fields outside it are dropped, a mismatch is refused), cached answers included.
 */
type Doc = {
  servers?: { url: string }[];
  components: { securitySchemes: Record<string, { type: string; in: string; name: string }>; schemas?: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
};
type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

describe('the OpenAPI document', () => {
  let d: Database;
  let app: FastifyInstance;
  let doc: Doc;
  const ops: { where: string; method: string; op: Operation }[] = [];

  beforeAll(async () => {
    d = await freshDatabase('pglite');
    app = await buildApp({ db: d.db, dataDir: '/tmp', serveWeb: false });
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { host: 'jianyi.example.gov.cn' } });
    expect(res.statusCode).toBe(200);
    doc = res.json();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const m of METHODS) if (item[m]) ops.push({ where: `${m.toUpperCase()} ${path}`, method: m, op: item[m] });
    }
  });
  afterAll(async () => {
    await app?.close();
    await d?.close();
  });

  it('declares a success answer with a schema on every operation', () => {
    expect(ops.length).toBeGreaterThanOrEqual(120);
    const missing = ops.filter(({ op }) => {
      const ok = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      return !ok.length || ok.some(([, r]) => !r.content || Object.values(r.content).some((c) => !c.schema));
    });
    expect(
      missing.map((o) => o.where),
      'operations without a declared 2xx answer',
    ).toEqual([]);
  });

  it('declares the error answers (machine code and Chinese message) on every operation', () => {
    const error = doc.components.schemas?.Error as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(error.properties)).toEqual(expect.arrayContaining(['code', 'message', 'details']));
    expect(error.required).toEqual(expect.arrayContaining(['code', 'message']));
    const without4xx = ops.filter(({ op }) => !Object.keys(op.responses).some((s) => s.startsWith('4')));
    expect(
      without4xx.map((o) => o.where),
      'operations without a 4xx answer',
    ).toEqual([]);
    const write = ops.find((o) => o.op.operationId === 'assignSuggestion')!;
    expect(Object.keys(write.op.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '422', '500']));
    expect(write.op.responses['409'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
  });

  it('names the session cookie and the CSRF header as security schemes, on every operation that needs them', () => {
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'jy_sid' });
    expect(doc.components.securitySchemes.csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'x-csrf-token' });
    const login = ops.find((o) => o.op.operationId === 'login')!;
    expect(login.op.security).toEqual([]);
    for (const { where, method, op } of ops) {
      // Public: signing in, the health check, and the first start's demo progress (the login page shows it).
      if (op.operationId === 'login' || op.operationId === 'health' || op.operationId === 'getDemoStatus') {
        expect(op.security, where).toEqual([]);
        continue;
      }
      // The 12345 platform's push: its own key, never a session (issue 15 §1).
      if (op.operationId === 'receivePlatformOrder') {
        expect(op.security, where).toEqual([{ platformKey: [] }]);
        continue;
      }
      const expected = method === 'get' ? [{ session: [] }] : [{ session: [], csrf: [] }];
      expect(op.security, where).toEqual(expected);
    }
  });

  it('names the server it was read from', () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'http://jianyi.example.gov.cn' })]);
  });
});

describe.each(DB_KINDS)('answers are held to their schema on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  const actor: Actor = actorOf({ userId: 1, username: 't', name: 't', role: 'admin', congressId: null, organizationId: null, deputyId: null });

  beforeAll(async () => {
    d = await freshDatabase(kind);
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandler(app);
    // The policy plugin is not under test here: every request acts as one user.
    app.addHook('onRequest', async (req) => {
      req.actor = actor;
    });
    const on = operations(app, { db: d.db, dataDir: '/tmp' });
    const answer = z.object({ id: z.number(), title: z.string() });
    const common = { method: 'GET' as const, operationId: 'x', summary: 'x', tags: ['x'], policy: 'authenticated' as const, response: answer };
    on({ ...common, url: '/t/extra', handler: async () => ({ id: 1, title: '标题', passwordHash: 'secret' }) });
    on({ ...common, url: '/t/wrong', handler: async () => ({ id: '1', title: '标题' }) });
    on({ ...common, url: '/t/cached-extra', handler: ({ ctx }) => ctx.cached(['t', 1], async () => ({ id: 2, title: '缓存', storagePath: '/data/x' })) });
    on({ ...common, url: '/t/cached-wrong', handler: ({ ctx }) => ctx.cached(['t', 2], async () => ({ id: 3 })) });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await d?.close();
  });

  it('drops the fields an answer does not declare', async () => {
    expect((await app.inject({ url: '/t/extra' })).json()).toEqual({ id: 1, title: '标题' });
    const cached = await app.inject({ url: '/t/cached-extra' });
    expect(cached.json()).toEqual({ id: 2, title: '缓存' });
    expect(cached.headers.etag).toBeTruthy();
  });

  it('refuses an answer outside its schema (a server error, never a wrong answer sent)', async () => {
    for (const url of ['/t/wrong', '/t/cached-wrong']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(500);
      expect(res.json(), url).toEqual({ code: 'INTERNAL', message: '服务器内部错误' });
    }
  });
});
