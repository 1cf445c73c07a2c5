/**
 * Issue 18 §2: a cache that survives writes. An answer filed with its tags (server/db/cache-marks.ts) is reused
 * after writes that touched none of them, computed afresh after one that did — whichever connection or process
 * wrote — and never served stale: each test writes, then reads.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../server/db/client';
import { snapshotCached } from '../server/queries/snapshot-cache';
import { cacheTags } from '../server/auth/item-scope';
import { actorOf } from '../server/auth/actor';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS, freshDatabase } from './helpers/db';
import { PASSWORD, createCongress } from './helpers/factories';
import { accept, assign, submit } from './helpers/flow';
import { appFor, Client } from './helpers/client';

/** A read that counts how often it is computed: the item's title (or a scope's count) as the cache returns it. */
function counted(db: Db, key: string, tags: string[], read: (tx: Db) => Promise<unknown>) {
  const r = { computed: 0, get: () => snapshotCached(db, ['cache-marks-test', key], async (tx) => (r.computed++, read(tx)), undefined, tags) };
  return r;
}
const titleOf = (id: number) => async (tx: Db) => (await queryRows<{ t: string }>(tx, sql`select title as t from items where id = ${id}`))[0].t;

describe.each(DB_KINDS)('a cache that survives writes, on %s', (kind) => {
  let { d, app, c, liaison, dep, u } = {} as CongressSetup;
  useCongress(kind, { units: 2 }, (s) => ({ d, app, c, liaison, dep, u } = s));

  it('keeps an item page across writes to other items, computes it afresh after a write to it or a shared table', async () => {
    const a = await submit(dep, c, [], '关于加强农村公路养护的建议');
    const b = await submit(dep, c, [], '关于改善城区停车难的建议');
    const page = counted(d.db, `item-${a.id}`, [`i:${a.id}`], titleOf(a.id));
    expect(await page.get()).toBe('关于加强农村公路养护的建议');
    // Another item goes through the lifecycle, and a sign-in is recorded: this page's answer stays.
    await accept(liaison, b.id);
    await Client.login(app, c.users.liaison.username);
    await d.db.execute(sql`insert into audit_log (action, detail) values ('test', 'unrelated')`);
    expect(await page.get()).toBe('关于加强农村公路养护的建议');
    expect(page.computed).toBe(1);
    // A write to the item itself: computed again, and the new title is what the reader gets.
    await d.db.execute(sql`update items set title = '关于加强农村公路日常养护的建议' where id = ${a.id}`);
    expect(await page.get()).toBe('关于加强农村公路日常养护的建议');
    expect(page.computed).toBe(2);
    // A row of a table every answer may read (a unit's name): everything afresh.
    await d.db.execute(sql`update organizations set name = name || '（新）' where id = ${c.unitIds[1]}`);
    expect(await page.get()).toBe('关于加强农村公路日常养护的建议');
    expect(page.computed).toBe(3);
  });

  it("keeps a unit's answers across writes to other units' items, and drops them when an item leaves or joins the unit", async () => {
    const a = await submit(dep, c, [], '关于加强农村公路养护的建议');
    const b = await submit(dep, c, [], '关于改善城区停车难的建议');
    for (const x of [a, b]) await accept(liaison, x.id);
    await assign(liaison, a.id, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    await assign(liaison, b.id, 'single', [{ unitId: u[1].unitId, role: 'lead' }]);
    const unit0 = actorOf({ role: 'unitOffice', congressId: c.congressId, organizationId: u[0].unitId, deputyId: null, userId: 0, username: 'test', name: '' });
    const mine = counted(d.db, `unit-${u[0].unitId}`, cacheTags(unit0), async (tx) => {
      const rows = await queryRows<{ id: number }>(tx, sql`select item_id as id from tasks where unit_id = ${u[0].unitId} and state <> 'withdrawn' order by 1`);
      return rows.map((r) => r.id);
    });
    expect(await mine.get()).toEqual([a.id]);
    await d.db.execute(sql`update items set title = '关于改善老城区停车难的建议' where id = ${b.id}`);
    expect(await mine.get()).toEqual([a.id]);
    expect(mine.computed).toBe(1);
    // The other unit's task moves to this unit: its old and new unit are both tagged.
    await d.db.execute(sql`update tasks set unit_id = ${u[0].unitId} where item_id = ${b.id}`);
    expect(await mine.get()).toEqual([a.id, b.id]);
    expect(mine.computed).toBe(2);
    // And back: the item leaves this unit's scope, which is tagged too.
    await d.db.execute(sql`update tasks set unit_id = ${u[1].unitId} where item_id = ${b.id}`);
    expect(await mine.get()).toEqual([a.id]);
    expect(mine.computed).toBe(3);
  });

  it("keeps an office's search count across transitions, counts afresh when the congress's texts change", async () => {
    const a = await submit(dep, c, [], '关于加强农村公路养护的建议');
    const office = cacheTags(
      actorOf({ role: 'liaisonOffice', congressId: c.congressId, organizationId: null, deputyId: null, userId: 0, username: 'test', name: '' }),
    );
    const search = counted(
      d.db,
      `search-${c.congressId}`,
      office.map((t) => `x:${t.slice(2)}`),
      async (tx) => {
        const [r] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from items where congress_id = ${c.congressId} and title like '%公路%'`);
        return r.n;
      },
    );
    expect(await search.get()).toBe(1);
    // A transition changes the item's state, not its text: the count stays.
    await accept(liaison, a.id);
    expect(await search.get()).toBe(1);
    expect(search.computed).toBe(1);
    // A new item, then an edited title: counted afresh each time.
    await submit(dep, c, [], '关于农村公路安全设施的建议');
    expect(await search.get()).toBe(2);
    await d.db.execute(sql`update items set title = '关于加强乡道养护的建议' where id = ${a.id}`);
    expect(await search.get()).toBe(1);
    expect(search.computed).toBe(3);
    // Over HTTP: the office's search total follows a new matching item at once.
    const before = await liaison.ok('GET', `/api/items?q=${encodeURIComponent('公路')}`);
    expect(before.total).toBe(1);
    await accept(liaison, (await submit(dep, c, [], '关于修缮农村公路桥梁的建议')).id);
    const after = await liaison.ok('GET', `/api/items?q=${encodeURIComponent('公路')}`);
    expect(after.total).toBe(2);
    expect(after.rows.map((r: { state: string }) => r.state)).toContain('accepted');
  });

  it('the ledger and the item page over HTTP: a unit reads its page again after an office acts on its item', async () => {
    const a = await submit(dep, c, [], '关于加强农村公路养护的建议');
    await accept(liaison, a.id);
    await assign(liaison, a.id, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    const before = await u[0].office.ok('GET', `/api/items?sessionId=${c.sessionId}`);
    expect(before.rows.map((r: { id: number }) => r.id)).toEqual([a.id]);
    const item = await u[0].office.ok('GET', `/api/items/${a.id}`);
    // The office renames it through another connection's transaction; the unit's next reads show it.
    await d.db.execute(sql`update items set title = '关于加强农村公路日常养护的建议' where id = ${a.id}`);
    expect((await u[0].office.ok('GET', `/api/items?sessionId=${c.sessionId}`)).rows[0].title).toBe('关于加强农村公路日常养护的建议');
    expect((await u[0].office.ok('GET', `/api/items/${a.id}`)).item.title).toBe('关于加强农村公路日常养护的建议');
    expect(item.item.title).toBe('关于加强农村公路养护的建议');
  });
});

/** A free port on loopback. */
async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((ok) => s.close(ok));
  return port;
}

/** `serve` as a deployment runs it: its own process, the shared PostgreSQL, no background jobs. */
async function serve(url: string): Promise<{ base: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'server/cli.ts', 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      WORKER: 'false',
      LOG_LEVEL: 'error',
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-serve-')),
    },
    detached: true,
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${base}/api/demo-status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) return { base, proc };
    if (Date.now() > end) throw new Error('serve did not start within 60 s');
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

/** A signed-in HTTP client of a running server. */
async function signIn(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T = any>(method: string, url: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${base}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
}

describe.runIf(DB_KINDS.includes('postgres'))('two serve processes on one PostgreSQL', () => {
  it('a read in one process after a write in the other shows the write', async () => {
    const d = await freshDatabase('postgres');
    const c = await createCongress(d.db);
    const app = await appFor(d);
    const dep = await Client.login(app, c.users.deputies[0].username);
    const liaison = await Client.login(app, c.users.liaison.username);
    const a = await submit(dep, c, [], '关于加强农村公路养护的建议');
    const b = await submit(dep, c, [], '关于改善城区停车难的建议');
    await accept(liaison, b.id);
    await app.close();
    const servers = await Promise.all([serve(d.url!), serve(d.url!)]);
    try {
      const [one, two] = await Promise.all(servers.map((s) => signIn(s.base, c.users.liaison.username)));
      // The second process reads and keeps the item page and the ledger.
      expect((await two('GET', `/api/items/${a.id}`)).item.state).toBe('submitted');
      const ledger = `/api/items?sessionId=${c.sessionId}&state=submitted`;
      expect((await two('GET', ledger)).rows.map((r: { id: number }) => r.id)).toEqual([a.id]);
      // The first accepts the item.
      const detail = await one('GET', `/api/items/${a.id}`);
      await one('POST', `/api/items/${a.id}/review`, { decision: 'accept', version: detail.item.version, categoryId: c.categoryIds[0] });
      // The second's next reads show it: the item page, the ledger's filter and its total.
      expect((await two('GET', `/api/items/${a.id}`)).item.state).not.toBe('submitted');
      const after = await two('GET', ledger);
      expect(after.rows).toEqual([]);
      expect(after.total).toBe(0);
    } finally {
      for (const s of servers) {
        try {
          process.kill(-s.proc.pid!, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
      await d.close();
    }
  }, 120_000);
});
