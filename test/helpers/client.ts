import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import type { Database } from '../../server/db/client';
import { PASSWORD } from './factories';

export interface Response<T = any> {
  status: number;
  body: T;
}

/** A signed-in HTTP client over app.inject: keeps the cookie and sends the CSRF header. */
export class Client {
  constructor(
    private app: FastifyInstance,
    private cookie: string,
    private csrf: string,
  ) {}

  static async login(app: FastifyInstance, username: string, password = PASSWORD): Promise<Client> {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    return new Client(app, cookie, res.json().csrfToken);
  }

  async request<T = any>(method: string, url: string, payload?: unknown): Promise<Response<T>> {
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      payload: payload as object,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf },
    });
    // A 500 is never an answer a test expects: among them, an answer outside its response schema (issue 21).
    // 503 is deliberate: the first start's demo still loading (issue 18 §4).
    if (res.statusCode >= 500 && res.statusCode !== 503)
      throw new Error(`${method} ${url} → ${res.statusCode} ${res.body} (the cause is in the server's error log above)`);
    return { status: res.statusCode, body: res.body ? res.json() : (undefined as T) };
  }
  /** The raw answer, for binary downloads. */
  raw(url: string, headers: Record<string, string> = {}) {
    return this.app.inject({ method: 'GET', url, headers: { ...headers, cookie: this.cookie } });
  }
  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, payload: unknown = {}) {
    return this.request<T>('POST', url, payload);
  }
  put<T = any>(url: string, payload: unknown = {}) {
    return this.request<T>('PUT', url, payload);
  }
  /** Expects a 2xx answer and returns its body. */
  async ok<T = any>(method: string, url: string, payload?: unknown): Promise<T> {
    const r = await this.request<T>(method, url, payload);
    if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
}

/** A unit's three staff signed in: its office, handler and leader (the factories' users of one unit). */
export async function loginUnit(
  app: FastifyInstance,
  x: { unitId: number; office: { username: string }; handler: { username: string }; leader: { username: string } },
) {
  return {
    unitId: x.unitId,
    office: await Client.login(app, x.office.username),
    handler: await Client.login(app, x.handler.username),
    leader: await Client.login(app, x.leader.username),
  };
}
export type Unit = Awaited<ReturnType<typeof loginUnit>>;

export async function appFor(d: Database): Promise<FastifyInstance> {
  const dataDir = await import('node:fs/promises').then((fs) => fs.mkdtemp('/tmp/jianyi-test-'));
  // Errors only: an unhandled error or an answer outside its schema is logged with its cause.
  return buildApp({ db: d.db, dataDir, logger: { level: 'error' } });
}

/**
 * One fresh database and app per describe block (per database kind); the
 * callback receives them for the block's tests. Closed after the block.
 */
export function useServer(kind: import('./db').DbKind, take: (d: Database & { url?: string }, app: FastifyInstance) => void): void {
  let d: (Database & { url?: string }) | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    const { freshDatabase } = await import('./db');
    d = await freshDatabase(kind);
    app = await appFor(d);
    take(d, app);
  });
  afterAll(async () => {
    await app?.close();
    await d?.close();
  });
}
