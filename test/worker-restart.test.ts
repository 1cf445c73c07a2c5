import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { appFor, Client } from './helpers/client';
import { DB_KINDS, freshDatabase } from './helpers/db';
import { createCongress } from './helpers/factories';
import { accept, assign, submit } from './helpers/flow';

/** An SMS gateway on loopback that answers slowly and keeps every request's idempotency key. */
async function slowGateway(delayMs: number) {
  const keys: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      const parsed = JSON.parse(body) as { mobile: string; content: string; outId: string };
      setTimeout(() => {
        // The template put the dedupe key in the body too (outId), as gateways that dedupe by it expect.
        if (parsed.outId === key) keys.push(key);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":0}');
      }, delayMs);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { keys, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, close: () => new Promise((ok) => server.close(ok)) };
}

function startWorker(env: Record<string, string>): ChildProcess {
  // Its own process group, so the kill reaches tsx and node alike.
  return spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'server/cli.ts', 'worker'], {
    env: { ...process.env, ...env },
    detached: true,
    stdio: 'ignore',
  });
}

async function until<T>(what: string, fn: () => Promise<T | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

describe.runIf(DB_KINDS.includes('postgres'))('a worker process killed mid-delivery (PostgreSQL)', () => {
  it('delivers every pending message exactly once after a restart', async () => {
    const d = await freshDatabase('postgres');
    const gateway = await slowGateway(250);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-worker-'));
    const env = {
      DATABASE_URL: d.url!,
      DATA_DIR: dataDir,
      NOTIFY_SMS: 'http',
      SMS_GATEWAY_URL: gateway.url,
      WORKER_INTERVAL_MS: '200',
      DELIVERY_LEASE_SECONDS: '2',
      LOG_LEVEL: 'silent',
    };
    let worker: ChildProcess | null = null;
    try {
      const app = await appFor(d);
      const c = await createCongress(d.db);
      const liaison = await Client.login(app, c.users.liaison.username);
      const dep = await Client.login(app, c.users.deputies[0].username);
      await d.db.execute(
        sql`insert into notification_preferences (user_id, sms_enabled, mobile) select id, true, '13800000000' from users where organization_id = ${c.unitIds[0]}`,
      );
      const assignOne = async (title: string) => {
        const x = await submit(dep, c, [], title);
        await accept(liaison, x.id);
        await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);
      };
      for (let i = 0; i < 5; i++) await assignOne(`关于第${i + 1}件民生实事的建议`);

      worker = startWorker(env);
      await until('the first deliveries', async () => gateway.keys.length >= 2);
      process.kill(-worker.pid!, 'SIGKILL');
      await new Promise((ok) => worker!.once('exit', ok));
      worker = null;
      const [mid] = await queryRows<{ pending: number; sent: number }>(
        d.db,
        sql`select count(*) filter (where state = 'pending')::int as pending, count(*) filter (where state = 'sent')::int as sent from deliveries`,
      );
      expect(mid.pending).toBeGreaterThan(0);
      // While no worker runs, more messages wait in the outbox.
      for (let i = 5; i < 7; i++) await assignOne(`关于第${i + 1}件民生实事的建议`);

      worker = startWorker(env);
      const expected = 3 * 7; // three staff of the unit × seven assignment notices
      await until(
        'every delivery sent',
        async () => {
          const [r] = await queryRows<{ sent: number; total: number }>(
            d.db,
            sql`select count(*) filter (where state = 'sent')::int as sent, count(*)::int as total from deliveries`,
          );
          return r.total === expected && r.sent === expected ? r : false;
        },
        90_000,
      );
      const [inbox] = await queryRows<{ n: number; distinct: number }>(
        d.db,
        sql`select count(*)::int as n, count(distinct (outbox_id, user_id))::int as distinct from notifications`,
      );
      expect(inbox.n).toBe(inbox.distinct);
      // Each message reached the gateway under its own key; a repeat (the one in flight at the kill) carries the same key.
      const distinct = new Set(gateway.keys);
      expect(distinct.size).toBe(expected);
      expect(gateway.keys.length - distinct.size).toBeLessThanOrEqual(1);
      await app.close();
    } finally {
      if (worker?.pid) process.kill(-worker.pid, 'SIGKILL');
      await gateway.close();
      await d.close();
    }
  });
});
