import { sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROLES } from '../domain/items/roles';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { PASSWORD } from './helpers/factories';

/**
 * Fastify 5 has no public list of routes and an `onRoute` hook only sees
 * routes added after it. So the `fastify` factory is wrapped: every instance
 * gets an `onRoute` hook before anything is registered on it (capturing each
 * route's method, url and config) and an `onResponse` hook recording statuses.
 */
interface Seen {
  routes: { method: string; url: string; config: { policy?: unknown } | undefined }[];
  statuses: { method: string; url: string; status: number }[];
}
const seen = vi.hoisted(() => new WeakMap<object, Seen>());
vi.mock('fastify', async (importOriginal) => {
  const mod = await importOriginal<typeof import('fastify')>();
  const original = mod.default;
  const wrapped = ((opts?: object) => {
    const app = original(opts as never);
    const s: Seen = { routes: [], statuses: [] };
    seen.set(app, s);
    app.addHook('onRoute', (r) => {
      for (const method of [r.method].flat()) s.routes.push({ method, url: r.url ?? r.path, config: r.config as Seen['routes'][number]['config'] });
    });
    app.addHook('onResponse', async (req, reply) => {
      s.statuses.push({ method: req.method, url: req.url.slice(0, 120), status: reply.statusCode });
    });
    return app;
  }) as unknown as typeof original;
  return { ...mod, default: wrapped, fastify: wrapped };
});

const CHINESE = /[\u4e00-\u9fa5]/;
const REQUIRED_OPERATIONS = [
  'submitSuggestion',
  'assignSuggestion',
  'requestAdjustment',
  'sendCoOpinion',
  'recordContact',
  'signOffReply',
  'evaluateReply',
  'sendReply',
  'listItems',
  'getItem',
  'getStatistics',
];

describe.each(DB_KINDS)('%s', (kind) => {
  let { d, app, c } = {} as CongressSetup;
  useCongress(kind, { liaison: false, deputies: 0, units: 0 }, (s) => ({ d, app, c } = s));
  beforeAll(async () => {
    await app.ready();
  });
  afterEach(() => {
    const s = seen.get(app)!;
    const errors = s.statuses.filter((r) => r.status >= 500);
    s.statuses.length = 0;
    expect(errors, 'no response in this file may be a 5xx').toEqual([]);
  });

  const rows = async <T = Record<string, unknown>>(q: ReturnType<typeof sql>): Promise<T[]> => ((await d.db.execute(q)) as unknown as { rows: T[] }).rows;
  const counts = async () => {
    const [r] = await rows<{ items: string | number; events: string | number; signers: string | number }>(
      sql`select (select count(*) from items) as items, (select count(*) from item_events) as events, (select count(*) from item_signers) as signers`,
    );
    return { items: Number(r.items), events: Number(r.events), signers: Number(r.signers) };
  };
  /** Runs `fn` and asserts that it wrote no items and no item events. */
  const writesNothing = async <T>(fn: () => Promise<T>): Promise<T> => {
    const before = await counts();
    const out = await fn();
    expect(await counts()).toEqual(before);
    return out;
  };

  /** A signed-in raw requester, for bodies the JSON helper cannot send. */
  const rawSession = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const headers = { cookie: String(res.headers['set-cookie']).split(';')[0], 'x-csrf-token': res.json().csrfToken as string };
    return (method: 'POST' | 'PUT', url: string, payload: string, contentType = 'application/json') =>
      app.inject({ method, url, payload, headers: { ...headers, 'content-type': contentType } });
  };
  const suggestion = (over: Record<string, unknown> = {}) => ({
    sessionId: c.sessionId,
    title: '关于完善城乡公交线网的建议',
    body: '建议优化城乡公交线路，方便群众出行。',
    ...over,
  });

  describe('route policies', () => {
    it('every /api route (except /api/openapi.json) names a config.policy', () => {
      const s = seen.get(app)!;
      const api = s.routes.filter((r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json');
      const distinct = new Set(api.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`));
      expect(distinct.size).toBeGreaterThanOrEqual(30);
      // The capture is the real router: every captured route is served.
      for (const r of api) expect(app.hasRoute({ method: r.method as 'GET', url: r.url }), `${r.method} ${r.url}`).toBe(true);

      const missing = api.filter((r) => r.config?.policy === undefined).map((r) => `${r.method} ${r.url}`);
      expect(missing, 'routes without config.policy').toEqual([]);

      const malformed = api
        .filter(({ config }) => {
          const p = config!.policy;
          if (p === 'public' || p === 'authenticated') return false;
          return !Array.isArray(p) || p.length === 0 || p.some((role) => !(ROLES as readonly string[]).includes(role));
        })
        .map((r) => `${r.method} ${r.url}: ${JSON.stringify(r.config!.policy)}`);
      expect(malformed, 'policies must be public, authenticated or a non-empty list of known roles').toEqual([]);

      const publicRoutes = [...new Set(api.filter((r) => r.config!.policy === 'public' && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`))].sort();
      // The 12345 platform's push carries its own key (X-Api-Key), not a session (issue 15 §1); the first start's
      // demo progress is shown on the login page (issue 18 §4).
      expect(publicRoutes).toEqual(['GET /api/demo-status', 'GET /api/health', 'POST /api/auth/login', 'POST /api/hotline/inbound/orders']);
    });

    it('every operation answers 401 without a session, except the public ones', async () => {
      const s = seen.get(app)!;
      const ops = s.routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD' && r.config?.policy !== 'public' && r.url !== '/api/openapi.json');
      for (const r of ops) {
        const url = r.url.replace(/:(\w+)/g, (_, name: string) => (name === 'year' ? '2025' : '1'));
        // An empty (invalid) body and missing query: authentication comes first, so 401, not 400.
        const res = await writesNothing(() => app.inject({ method: r.method as 'GET', url, payload: r.method === 'GET' ? undefined : {} }));
        expect(res.statusCode, `${r.method} ${url} → ${res.body}`).toBe(401);
        expect(res.json().code, `${r.method} ${url}`).toBe('UNAUTHENTICATED');
        // The router decodes percent-escapes: '/%61pi/…' is the same route and must be refused the same way.
        const encoded = await writesNothing(() =>
          app.inject({ method: r.method as 'GET', url: url.replace('/api/', '/%61pi/'), payload: r.method === 'GET' ? undefined : {} }),
        );
        expect(encoded.statusCode, `${r.method} ${url} (percent-encoded) → ${encoded.body}`).toBe(401);
      }
      expect(ops.length).toBeGreaterThanOrEqual(30);
    });

    it('authentication and CSRF are checked before the body is parsed or validated', async () => {
      const raw = await app.inject({ method: 'POST', url: '/api/items', payload: '{"not json', headers: { 'content-type': 'application/json' } });
      expect(raw.statusCode).toBe(401);
      expect(raw.json().code).toBe('UNAUTHENTICATED');
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: c.users.deputies[0].username, password: PASSWORD } });
      const cookie = String(login.headers['set-cookie']).split(';')[0];
      const noCsrf = await writesNothing(() =>
        app.inject({ method: 'POST', url: '/api/items', payload: '{"not json', headers: { cookie, 'content-type': 'application/json' } }),
      );
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().code).toBe('CSRF_FAILED');
    });
  });

  describe('OpenAPI document', () => {
    it('GET /api/openapi.json is an OpenAPI 3 document with an operationId on every /api operation', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(doc.info.title).toMatch(CHINESE);

      const methods = ['get', 'put', 'post', 'delete', 'patch'];
      const ops: { where: string; operationId?: string }[] = [];
      for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { operationId?: string }>>)) {
        if (!path.startsWith('/api/')) continue;
        for (const m of methods) if (item[m]) ops.push({ where: `${m.toUpperCase()} ${path}`, operationId: item[m].operationId });
      }
      expect(ops.length).toBeGreaterThanOrEqual(30);
      expect(
        ops.filter((o) => !o.operationId).map((o) => o.where),
        'operations without operationId',
      ).toEqual([]);
      const ids = ops.map((o) => o.operationId!);
      expect(new Set(ids).size, 'operationIds are unique').toBe(ids.length);
      for (const id of REQUIRED_OPERATIONS) expect(ids, id).toContain(id);
      expect(Object.keys(doc.paths)).not.toContain('/api/openapi.json');
      // Path parameters use OpenAPI's {name} syntax.
      expect(Object.keys(doc.paths)).toContain('/api/items/{itemId}');
    });
  });

  describe('malformed and oversized input', () => {
    it('invalid JSON → 400 MALFORMED_JSON', async () => {
      const raw = await rawSession(c.users.deputies[0].username);
      for (const payload of ['{"sessionId": 1, "title": ', '{title: "x"}', 'not json at all', '']) {
        const res = await writesNothing(() => raw('POST', '/api/items', payload));
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().code, JSON.stringify(payload)).toBe('MALFORMED_JSON');
        expect(res.json().message).toMatch(CHINESE);
      }
    });

    it('missing title → 400 VALIDATION_FAILED with a Chinese message naming the field', async () => {
      const deputy = await Client.login(app, c.users.deputies[0].username);
      const { title: _omit, ...noTitle } = suggestion();
      const res = await writesNothing(() => deputy.post('/api/items', noTitle));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toMatch(CHINESE);
      expect(res.body.details.map((f: { field: string }) => f.field)).toContain('body.title');

      const blank = await writesNothing(() => deputy.post('/api/items', suggestion({ title: '   ' })));
      expect(blank.status).toBe(400);
      expect(blank.body.code).toBe('VALIDATION_FAILED');
      expect(blank.body.message).toContain('标题不能为空');
    });

    it('a title of 201 characters → 400; 200 is accepted', async () => {
      const deputy = await Client.login(app, c.users.deputies[1].username);
      const res = await writesNothing(() => deputy.post('/api/items', suggestion({ title: '建'.repeat(201) })));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toContain('标题不能超过 200 个字符');

      const before = await counts();
      const ok = await deputy.post('/api/items', suggestion({ title: '建'.repeat(200) }));
      expect(ok.status).toBe(201);
      expect((await counts()).items).toBe(before.items + 1);
    });

    it('a non-numeric itemId in the URL → 400', async () => {
      const liaison = await Client.login(app, c.users.liaison.username);
      for (const bad of ['abc', '1.5', '-3', '0', '99999999999']) {
        const get = await liaison.get(`/api/items/${bad}`);
        expect(get.status, `GET ${bad}`).toBe(400);
        expect(get.body.code).toBe('VALIDATION_FAILED');
        expect(get.body.message).toMatch(CHINESE);
        const post = await writesNothing(() => liaison.post(`/api/items/${bad}/review`, { decision: 'accept', version: 1 }));
        expect(post.status, `POST ${bad}`).toBe(400);
        expect(post.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('an unknown sessionId → 404, for a deputy and for the liaison office entering on paper', async () => {
      const deputy = await Client.login(app, c.users.deputies[0].username);
      const res = await writesNothing(() => deputy.post('/api/items', suggestion({ sessionId: 2_000_000_000 })));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
      expect(res.body.message).toMatch(CHINESE);

      const liaison = await Client.login(app, c.users.liaison.username);
      const paper = await writesNothing(() => liaison.post('/api/items', suggestion({ sessionId: 2_000_000_000, leadDeputyId: c.deputyIds[2] })));
      expect(paper.status).toBe(404);
      expect(paper.body.code).toBe('NOT_FOUND');
      // The session counter was not advanced either.
      const [s] = await rows<{ next_number: number }>(sql`select next_number from sessions where id = ${c.sessionId}`);
      expect(s.next_number).toBe(1);
    });

    it('a body over the 15 MB limit → 413', async () => {
      const raw = await rawSession(c.users.deputies[0].username);
      const huge = JSON.stringify(suggestion({ body: '议'.repeat(5 * 1024 * 1024 + 10) })); // 3 bytes each in UTF-8
      expect(Buffer.byteLength(huge)).toBeGreaterThan(15 * 1024 * 1024);
      const res = await writesNothing(() => raw('POST', '/api/items', huge));
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('BODY_TOO_LARGE');
      expect(res.json().message).toMatch(CHINESE);
    });

    it("a review with decision 'return' and an empty reason → 400", async () => {
      const deputy = await Client.login(app, c.users.deputies[0].username);
      const item = await deputy.ok('POST', '/api/items', suggestion());
      const liaison = await Client.login(app, c.users.liaison.username);
      for (const body of [
        { decision: 'return', version: item.version, reason: '' },
        { decision: 'return', version: item.version, reason: '   ' },
        { decision: 'return', version: item.version },
      ]) {
        const res = await writesNothing(() => liaison.post(`/api/items/${item.id}/review`, body));
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.message).toMatch(CHINESE);
      }
      const detail = await liaison.ok('GET', `/api/items/${item.id}`);
      expect(JSON.stringify(detail)).toContain('"submitted"');
      const [row] = await rows<{ state: string; version: number }>(sql`select state, version from items where id = ${item.id}`);
      expect(row).toEqual({ state: 'submitted', version: item.version });
    });

    it("an assignment with mode 'single' but two lead units → 400 PLAN_MODE_MISMATCH", async () => {
      const deputy = await Client.login(app, c.users.deputies[3].username);
      const item = await deputy.ok('POST', '/api/items', suggestion());
      const liaison = await Client.login(app, c.users.liaison.username);
      const accepted = await liaison.ok('POST', `/api/items/${item.id}/review`, { decision: 'accept', version: item.version, categoryId: c.categoryIds[0] });
      const tasksBefore = Number((await rows<{ n: string | number }>(sql`select count(*) as n from tasks`))[0].n);

      const gov = await Client.login(app, c.users.gov.username);
      const units = [
        { unitId: c.unitIds[0], role: 'lead' },
        { unitId: c.unitIds[1], role: 'lead' },
      ];
      for (const url of [`/api/items/${item.id}/assignment`, `/api/items/${item.id}/draft-assignment`]) {
        const res = await writesNothing(() => gov.post(url, { version: accepted.version, mode: 'single', units }));
        expect(res.status, url).toBe(400);
        expect(res.body.code).toBe('PLAN_MODE_MISMATCH');
        expect(res.body.message).toMatch(CHINESE);
      }
      expect(Number((await rows<{ n: string | number }>(sql`select count(*) as n from tasks`))[0].n)).toBe(tasksBefore);
      const [row] = await rows<{ state: string; version: number }>(sql`select state, version from items where id = ${item.id}`);
      expect(row).toEqual({ state: 'accepted', version: accepted.version });
    });

    it('an unknown route → 404 ROUTE_NOT_FOUND, signed in or not', async () => {
      const anon = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
      expect(anon.statusCode).toBe(404);
      expect(anon.json().code).toBe('ROUTE_NOT_FOUND');
      expect(anon.json().message).toMatch(CHINESE);

      const deputy = await Client.login(app, c.users.deputies[0].username);
      for (const [method, url] of [
        ['GET', '/api/no-such-thing'],
        ['POST', '/api/items/1/no-such-action'],
        ['DELETE', '/api/items/1'],
      ] as const) {
        const res = await writesNothing(() => deputy.request(method, url, method === 'GET' ? undefined : {}));
        expect(res.status, `${method} ${url}`).toBe(404);
        expect(res.body.code).toBe('ROUTE_NOT_FOUND');
        expect(res.body.message).toMatch(CHINESE);
      }
    });
  });
});
