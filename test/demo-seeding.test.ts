/**
 * Issue 18 §4: the first start serves while the demo loads. The server is built as soon as the province's
 * accounts exist; while the seeder drives the rest through the use cases, one signs in and reads, GET
 * /api/demo-status says how far it is, and writes wait with a 503 that says why; once done they go through.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../server/app';
import { seedDemo } from '../server/seed/demo';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { DemoSeeding } from '../server/seed/demo-seeding';
import { Client } from './helpers/client';
import { DB_KINDS, freshDatabase } from './helpers/db';

// The first start's case is the embedded database (`npm install && npm start`); the gate itself reads no database.
describe.each(DB_KINDS.filter((k) => k === 'pglite'))('the first start on %s', (kind) => {
  it('serves once the accounts exist, reports progress, refuses writes until the demo is done', { timeout: 300_000 }, async () => {
    const d = await freshDatabase(kind);
    const seeding = new DemoSeeding({ items: 24, proposals: 14, workOrders: 40 });
    let ready!: () => void;
    const readyP = new Promise<void>((ok) => (ready = ok));
    const seeded = seedDemo(d.db, {
      items: 24,
      proposals: 14,
      workOrders: 40,
      onProgress: seeding.progress('items'),
      onProposalProgress: seeding.progress('proposals'),
      onHotlineProgress: seeding.progress('workOrders'),
      onAccountsReady: ready,
    });
    await readyP;
    const app = await buildApp({ db: d.db, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-seeding-')), serveWeb: false, demoSeeding: seeding });
    try {
      const early = await app.inject({ method: 'GET', url: '/api/demo-status' });
      expect(early.statusCode).toBe(200);
      expect(early.json()).toMatchObject({ state: 'running' });
      // Answered while the seeder is still on the suggestions, not after it.
      expect(early.json().streams[0].done).toBeLessThan(24);
      expect(early.json().percent).toBeLessThan(50);
      expect(early.json().streams.map((s: { label: string }) => s.label)).toEqual(['代表建议', '政协提案', '专线工单']);

      // Signing in and reading work while the seeder goes on.
      const liaison = await Client.login(app, 'liaison', DEMO_PASSWORD);
      expect((await liaison.request('GET', '/api/items')).status).toBe(200);
      const view = { name: '红灯件', query: { light: 'red' } };
      const refused = await liaison.request('POST', '/api/ledger/views', view);
      expect(refused.status).toBe(503);
      expect(refused.body.code).toBe('DEMO_SEEDING');
      expect(refused.body.message).toMatch(/^演示数据正在生成（已完成 \d+%），生成完毕后即可办理/);

      await seeded;
      seeding.state = 'done';
      const done = (await app.inject({ method: 'GET', url: '/api/demo-status' })).json();
      expect(done.state).toBe('done');
      expect(done.percent).toBe(100);
      expect(done.streams).toEqual([
        { label: '代表建议', done: 24, total: 24 },
        { label: '政协提案', done: 14, total: 14 },
        { label: '专线工单', done: 40, total: 40 },
      ]);
      // Now writes go through.
      expect((await liaison.request('POST', '/api/ledger/views', view)).status).toBe(201);
      // A server that loaded nothing says so.
      const plain = await buildApp({ db: d.db, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-seeding-')), serveWeb: false });
      expect((await plain.inject({ method: 'GET', url: '/api/demo-status' })).json()).toMatchObject({ state: 'none' });
      await plain.close();
    } finally {
      await app.close();
      await seeded.catch(() => {});
      await d.close();
    }
  });
});
