/**
 * Issue 17 §1: whatever the scope, the statistics never print a rate above 100% — numerators within their
 * denominators, every rate in [0, 100], every group of shares adding up to 100.00 — over the demo data (the
 * province's suggestions, the CPPCC committee's proposals, the city's hotline channel) and over the bench
 * generator's data, on PGlite and PostgreSQL. Each answer is walked by test/helpers/stat-invariants.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app';
import { openPglite, openPostgres, type Database } from '../server/db/client';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { seedDemo } from '../server/seed/demo';
import { loadBenchData } from '../bench/data';
import { Client } from './helpers/client';
import { DB_KINDS, freshDatabase } from './helpers/db';
import { checkFigures } from './helpers/stat-invariants';
import { counterDrift, figureDrift, ledgerDrift } from './helpers/stat-counters';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BREAKDOWNS = [
  'by-unit',
  'by-category',
  'by-delegation',
  'by-deputy',
  'by-body',
  'by-submission-type',
  'by-party',
  'satisfaction-vs-resolution',
  'targets',
];
const qs = (q: Record<string, unknown>) =>
  Object.entries(q)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

/** Every scope an account can ask for: the whole, each session, year, unit, category and delegation, and each stream. */
async function scopesOf(c: Client): Promise<Record<string, unknown>[]> {
  const scopes: Record<string, unknown>[] = [{}, { kind: 'suggestion' }, { kind: 'proposal' }];
  const sessions = (await c.request('GET', '/api/sessions')).body as { id: number; year: number }[];
  for (const s of sessions) scopes.push({ sessionId: s.id }, { year: s.year });
  const orgs = await c.request('GET', '/api/organizations');
  if (orgs.status === 200) for (const o of (orgs.body as { id: number; kind: string }[]).filter((o) => o.kind === 'unit')) scopes.push({ unitId: o.id });
  const cats = await c.request('GET', '/api/categories');
  if (cats.status === 200)
    for (const cat of (cats.body as { id: number; parentId: number | null }[]).filter((x) => x.parentId === null)) scopes.push({ categoryId: cat.id });
  const delegations = await c.request('GET', '/api/organizations?kind=delegation');
  if (delegations.status === 200)
    for (const d of (delegations.body as { id: number; kind: string }[]).filter((o) => o.kind === 'delegation').slice(0, 6))
      scopes.push({ delegationId: d.id });
  return scopes;
}

/** GET /api/statistics and every breakdown over every scope of each account: the invariants' breaches. */
async function breaches(app: FastifyInstance, usernames: string[], o: { everyBreakdown: boolean }): Promise<{ problems: string[]; answers: number }> {
  const problems: string[] = [];
  let answers = 0;
  for (const username of usernames) {
    const c = await Client.login(app, username, DEMO_PASSWORD);
    for (const scope of await scopesOf(c)) {
      const urls = ['/api/statistics', ...(o.everyBreakdown || Object.keys(scope).length === 0 ? BREAKDOWNS.map((b) => `/api/statistics/${b}`) : [])];
      for (const url of urls) {
        const res = await c.request('GET', `${url}?${qs(scope)}`);
        if (res.status === 403) continue;
        expect(res.status, `${username} ${url}?${qs(scope)}`).toBe(200);
        answers++;
        checkFigures(`${username} ${url}?${qs(scope)}`, res.body, problems);
      }
    }
  }
  return { problems, answers };
}

describe.each(DB_KINDS)('statistics invariants on %s', (kind) => {
  describe('demo data', () => {
    let d: Database;
    let app: FastifyInstance;
    beforeAll(async () => {
      d = await freshDatabase(kind);
      await seedDemo(d.db, { items: 60 });
      app = await buildApp({ db: d.db, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-inv-')), serveWeb: false });
    }, 600_000);
    afterAll(async () => {
      await app?.close();
      await d?.close();
    });

    it('holds for every scope of the offices, a unit, a supervisor, a deputy, the CPPCC side and the city with its hotline', { timeout: 600_000 }, async () => {
      const { problems, answers } = await breaches(app, ['liaison', 'govoffice', 'unit-office', 'supervisor', 'deputy', 'proposal-office', 'member', 'city'], {
        everyBreakdown: false,
      });
      expect(answers).toBeGreaterThan(150);
      expect(problems).toEqual([]);
    });

    // Issue 18 §2: the demo's lifecycles went through the use cases; then more writes, some at once on one item.
    it('the maintained statistics equal a full recount, after the lifecycles and after more writes', { timeout: 600_000 }, async () => {
      const now = new Date();
      expect(await counterDrift(d.db)).toEqual([]);
      const liaison = await Client.login(app, 'liaison', DEMO_PASSWORD);
      const submitted = (await liaison.request('GET', '/api/items?state=submitted&pageSize=6')).body.rows as { id: number; version: number }[];
      for (const [i, it] of submitted.entries()) {
        const decision = ['accept', 'return', 'notAccepted'][i % 3];
        const res = await liaison.request('POST', `/api/items/${it.id}/review`, {
          decision,
          version: it.version,
          ...(decision === 'accept' ? {} : { reason: '请补充具体情况后再提交' }),
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
      const handler = await Client.login(app, 'unit-handler', DEMO_PASSWORD);
      const [target] = (await handler.request('GET', '/api/items?state=handling')).body.rows as { id: number }[];
      const contact = {
        contactedOn: '2025-03-01',
        method: 'visit',
        phase: 'during',
        participants: '承办处室',
        summary: '上门走访，当面沟通办理进展。',
        deputyView: '同意',
      };
      const made = await Promise.all([1, 2, 3, 4].map(() => handler.request('POST', `/api/items/${target.id}/contacts`, contact)));
      expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      // An administrator's edits that move many items at once: a unit's government flag (the route), a category's parent.
      const [unit] = await queryRows<{ id: number }>(d.db, sql`select unit_id as id from tasks group by 1 order by count(*) desc limit 1`);
      await d.db.execute(sql`update organizations set is_government = not is_government where id = ${unit.id}`);
      const [child] = await queryRows<{ id: number }>(d.db, sql`select id from categories where parent_id is not null order by id limit 1`);
      await d.db.execute(sql`update categories set parent_id = null where id = ${child.id}`);
      await d.db.execute(sql`delete from contacts where id = (select max(id) from contacts)`);
      expect(await counterDrift(d.db)).toEqual([]);
      const { drift, compared } = await figureDrift(d.db, ['liaison', 'govoffice', 'unit-office', 'supervisor', 'proposal-office', 'city'], now);
      expect(compared).toBeGreaterThan(200);
      expect(drift).toEqual([]);
      const ledger = await ledgerDrift(d.db, ['liaison', 'govoffice', 'unit-office', 'supervisor', 'proposal-office']);
      expect(ledger.compared).toBeGreaterThan(50);
      expect(ledger.drift).toEqual([]);
    });

    it('the city liaison office sees its hotline channel in the same figures, its rates within bounds', async () => {
      const c = await Client.login(app, 'city', DEMO_PASSWORD);
      const s = (await c.request('GET', '/api/statistics')).body;
      expect(s.hotline).toMatchObject({ scope: 'channel' });
      expect(s.hotline.orders).toBeGreaterThan(0);
      expect(s.hotline.onTime.numerator).toBeLessThanOrEqual(s.hotline.onTime.denominator);
      expect(s.hotline.satisfied.numerator).toBeLessThanOrEqual(s.hotline.satisfied.denominator);
    });
  });

  describe('bench data', () => {
    let d: Database;
    let app: FastifyInstance;
    let cleanup: () => Promise<void> = async () => {};
    beforeAll(async () => {
      if (kind === 'pglite') {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-inv-bench-'));
        await loadBenchData({ items: 400, pglite: true, dataDir: dir });
        d = await openPglite(dir);
        cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      } else {
        const name = `jianyi_inv_${crypto.randomBytes(6).toString('hex')}`;
        const url = new URL(ADMIN_URL);
        url.pathname = `/${name}`;
        await loadBenchData({ items: 400, url: url.toString() });
        d = openPostgres(url.toString(), 4);
        cleanup = async () => {
          const a = new pg.Client({ connectionString: ADMIN_URL });
          await a.connect();
          await a.query(`drop database if exists ${name} with (force)`);
          await a.end();
        };
      }
      app = await buildApp({ db: d.db, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-inv-')), serveWeb: false });
    }, 600_000);
    afterAll(async () => {
      await app?.close();
      await d?.close();
      await cleanup();
    });

    it('holds for every scope and every breakdown of the offices, a unit and a supervisor', { timeout: 600_000 }, async () => {
      const { problems, answers } = await breaches(app, ['liaison', 'govoffice', 'unit-office', 'supervisor'], { everyBreakdown: true });
      expect(answers).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    });

    it('the counters the bench generator loaded with COPY equal a full recount', async () => {
      expect(await counterDrift(d.db)).toEqual([]);
      const { drift } = await figureDrift(d.db, ['liaison', 'govoffice', 'unit-office', 'supervisor'], new Date());
      expect(drift).toEqual([]);
    });
  });
});
