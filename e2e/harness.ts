import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../server/app';
import { openPglite, type Database } from '../server/db/client';
import { WEB_DIST } from '../server/routes/web';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { seedDemo } from '../server/seed/demo';

/**
 * The demo holds a tree of bodies (issue 16): the browser tests mostly work in the province. SQL the tests
 * compare pages with: the province's id, and the items its offices see (its own and those handed down to it).
 */
export const PROVINCE = sql`(select id from congresses where level = 'province' and body = 'congress')`;
export const PROVINCE_ITEMS = sql`(items.congress_id = ${PROVINCE} or items.handled_by_congress_id = ${PROVINCE})`;

/** Screenshots of each role's main page land here (look at them). */
export const SHOTS = path.resolve('e2e/screenshots');

/** Debian's Chromium, never a downloaded browser (DEVELOPERS.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  db: Database;
  app: FastifyInstance;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The real server (built workbench + API) on a loopback port over a seeded embedded database. */
export async function startHarness(items = 40): Promise<Harness> {
  // E2E_WEB_DIST: a build of one's own, so a parallel `vite build` cannot empty the served folder mid-test.
  const webDist = process.env.E2E_WEB_DIST ?? WEB_DIST;
  if (!fs.existsSync(path.join(webDist, 'index.html'))) throw new Error(`${webDist} 不存在：先运行 npm run build:web`);
  const db = await openPglite(undefined, { loadDataDir: await seededDatabase(items) });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-e2e-'));
  const app = await buildApp({ db: db.db, dataDir, webDist });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  fs.mkdirSync(SHOTS, { recursive: true });
  return {
    db,
    app,
    base: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}

/**
 * The seeded demo database as a PGlite dump, made once and shared by every browser test file: seeding
 * the province and its lower bodies takes half a minute on CI's two CPUs, loading the dump a second or
 * two. The dump is kept under the system's temporary folder, named by what it depends on — the item
 * count, today's date (the demo places items around today) and the server's and domain's sources — so
 * a change of code or a new day seeds afresh.
 */
async function seededDatabase(items: number): Promise<Blob> {
  const hash = crypto.createHash('sha256').update(`${items}:${new Date().toDateString()}`);
  for (const dir of ['server', 'domain']) {
    for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const file = path.join(dir, f);
      const st = fs.statSync(file);
      if (st.isFile()) hash.update(`${file}:${st.size}:${st.mtimeMs}`);
    }
  }
  const folder = path.join(os.tmpdir(), 'jianyi-e2e-seeds');
  const dump = path.join(folder, `${hash.digest('hex').slice(0, 16)}.tar.gz`);
  if (!fs.existsSync(dump)) {
    // Dumps made more than a day ago are of earlier code or an earlier day: of no more use.
    for (const f of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
      const file = path.join(folder, f);
      if (Date.now() - fs.statSync(file).mtimeMs > 86_400_000) fs.rmSync(file, { force: true });
    }
    const db = await openPglite();
    await db.migrate();
    await seedDemo(db.db, { items });
    const blob = await (db as unknown as { pglite: { dumpDataDir: (c: 'gzip') => Promise<Blob> } }).pglite.dumpDataDir('gzip');
    await db.close();
    fs.mkdirSync(folder, { recursive: true });
    // Written aside and renamed: a reader never sees half a file.
    const part = `${dump}.${process.pid}.part`;
    fs.writeFileSync(part, Buffer.from(await blob.arrayBuffer()));
    fs.renameSync(part, dump);
  }
  return new Blob([fs.readFileSync(dump)]);
}

/** One harness per describe block (seeded with `items`); `take` receives it, and may look things up in it first. */
export function useHarness(items: number, take: (h: Harness) => void | Promise<void>): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(items);
    await take(h);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });
}

/**
 * A browser context as the tests use it: Chinese, Shanghai time, and reduced motion — the workbench then
 * opens dialogs and lists without animation, so a click never lands mid-zoom.
 */
export const contextOptions = (viewport: { width: number; height: number }) =>
  ({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' }) as const;

/** A fresh browser context signed in through the login page. */
export async function signIn(h: Harness, username: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await h.browser.newContext(contextOptions(viewport));
  const page = await context.newPage();
  await page.goto(`${h.base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

export async function shot(page: Page, name: string): Promise<void> {
  // Let pending requests and spinners settle, so the picture shows the loaded page.
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning')
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
