import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app';
import { openPglite, type Database } from '../server/db/client';

/** The server serves the built workbench at `/` and keeps /api answers JSON. */
describe('serving the workbench', () => {
  let d: Database;
  let app: FastifyInstance;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-web-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>建议办理平台</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    d = await openPglite();
    await d.migrate();
    app = await buildApp({ db: d.db, dataDir: dist, webDist: dist });
  });
  afterAll(async () => {
    await app?.close();
    await d?.close();
  });

  it('answers index.html at / and at client-side routes, assets with long caching', async () => {
    for (const url of ['/', '/items/12', '/login']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('建议办理平台');
      expect(r.headers['cache-control']).toBe('no-cache');
    }
    const a = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(a.statusCode).toBe(200);
    expect(a.headers['cache-control']).toContain('immutable');
    // A file added after start (a rebuild) is served; a missing asset is a 404, not the app shell.
    fs.writeFileSync(path.join(dist, 'assets', 'app-new456.js'), 'console.log(2)');
    expect((await app.inject({ method: 'GET', url: '/assets/app-new456.js' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/assets/gone-000.js' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/favicon.ico' })).statusCode).toBe(404);
  });

  it('keeps unknown API paths a JSON 404 and API routes behind their policy', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('ROUTE_NOT_FOUND');
    expect((await app.inject({ method: 'GET', url: '/api/items' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/somewhere' })).statusCode).toBe(404);
  });
});
