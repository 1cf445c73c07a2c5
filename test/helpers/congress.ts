import { beforeAll, beforeEach } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../server/db/client';
import { Client, loginUnit, useServer, type Unit } from './client';
import type { DbKind } from './db';
import { createCongress, type Congress } from './factories';

/** Who is signed in, and how often the congress is made afresh. */
export interface CongressOptions {
  /** One congress for the whole describe block (beforeAll) instead of a fresh one per test (beforeEach, the default). */
  once?: boolean;
  /** Sign in the liaison office (default true). */
  liaison?: boolean;
  /** Sign in the first N deputies, or all of them (default 1). */
  deputies?: number | 'all';
  /** Sign in the staff of the first N units, or of every unit (default 'all'). */
  units?: number | 'all';
  /** Also sign in the government office, the supervisor, the administrator (default false). */
  gov?: boolean;
  supervisor?: boolean;
  admin?: boolean;
}

/** What a test file works with: the block's database and app, and the congress with its signed-in clients. */
export interface CongressSetup {
  d: Database & { url?: string };
  app: FastifyInstance;
  c: Congress;
  liaison: Client;
  /** The first deputy: `deputies[0]`. */
  dep: Client;
  deputies: Client[];
  u: Unit[];
  /** The first unit: `u[0]`. */
  u0: Unit;
  /** Set only when asked for in the options. */
  gov: Client;
  supervisor: Client;
  admin: Client;
}

type Take = (s: CongressSetup) => void;

/**
 * One fresh database and app per describe block (useServer), and a fresh congress
 * (createCongress) with signed-in clients before each test (or once, `once: true`).
 * `take` receives them each time they change, e.g. to set the file's variables:
 *
 *   let { d, app, c, liaison, dep, u } = {} as CongressSetup;
 *   useCongress(kind, { units: 2 }, (s) => ({ d, app, c, liaison, dep, u } = s));
 *
 * The returned object holds the same fields, refreshed likewise.
 */
export function useCongress(kind: DbKind, take?: Take): CongressSetup;
export function useCongress(kind: DbKind, options: CongressOptions, take?: Take): CongressSetup;
export function useCongress(kind: DbKind, a?: CongressOptions | Take, b?: Take): CongressSetup {
  const [options, take] = typeof a === 'function' ? [{}, a] : [a ?? {}, b];
  const { once = false, liaison = true, deputies = 1, units = 'all', gov = false, supervisor = false, admin = false } = options;
  const first = <T>(xs: T[], n: number | 'all') => (n === 'all' ? xs : xs.slice(0, n));
  const s = {} as CongressSetup;
  useServer(kind, (d, app) => {
    Object.assign(s, { d, app });
    take?.(s);
  });
  (once ? beforeAll : beforeEach)(async () => {
    const { d, app } = s;
    const login = (user: { username: string }) => Client.login(app, user.username);
    s.c = await createCongress(d.db);
    const { users } = s.c;
    if (liaison) s.liaison = await login(users.liaison);
    if (gov) s.gov = await login(users.gov);
    if (supervisor) s.supervisor = await login(users.supervisor);
    if (admin) s.admin = await login(users.admin);
    s.deputies = await Promise.all(first(users.deputies, deputies).map(login));
    s.dep = s.deputies[0];
    s.u = await Promise.all(first(users.units, units).map((x) => loginUnit(app, x)));
    s.u0 = s.u[0];
    take?.(s);
  });
  return s;
}
