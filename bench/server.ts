import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import type { BenchOptions } from './options';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningServer {
  pid: number;
  port: number;
  /** Resident memory of the server process now, in MB (null off Linux). */
  rssMb(): number | null;
  /** The last lines the server printed (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function readRssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/**
 * Starts `server/cli.ts serve` as a child process against the bench data (no
 * background worker, warnings only) and waits until it answers.
 */
export async function startServer(o: Pick<BenchOptions, 'kind' | 'databaseUrl' | 'dataDir'>, port: number): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: o.kind === 'postgres' ? o.databaseUrl : '',
    DATA_DIR: o.dataDir,
    WORKER: 'false',
    LOG_LEVEL: 'warn',
    TZ: process.env.TZ || 'Asia/Shanghai',
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = code ?? (signal ? -1 : 0);
      resolve();
    }),
  );
  const server: RunningServer = {
    pid: child.pid!,
    port,
    rssMb: () => readRssMb(child.pid!),
    output: () => lines.join('\n'),
    stop: async () => {
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  // PGlite opens, migrates and checks its data in well under a minute; a cold PostgreSQL start is quicker.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`服务启动失败（退出码 ${exited}）：\n${server.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/auth/me`);
      await res.arrayBuffer();
      return server;
    } catch {
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`服务在 180 秒内未就绪：\n${server.output()}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Logs in through POST /api/auth/login: the session cookie and the CSRF token writes send. */
export async function login(port: number, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { csrfToken?: string; message?: string };
  if (res.status !== 200 || !body.csrfToken) throw new Error(`登录 ${username} 失败（${res.status}）：${JSON.stringify(body)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: body.csrfToken };
}

/** The time of one cheap authenticated request (GET /api/auth/me), in ms. */
export async function probeMs(port: number, session: Session): Promise<number> {
  const t = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/me`, { headers: { cookie: session.cookie } });
  await res.arrayBuffer();
  return performance.now() - t;
}

/**
 * Waits until the server has worked off what a run left behind: requests cut
 * off at the end of a run still hold database connections and CPU, and would
 * slow the next run. Settled when three probes in a row answer within
 * `thresholdMs`; gives up after `maxSeconds`. Returns the seconds waited (null: gave up).
 */
export async function settle(port: number, session: Session, thresholdMs: number, maxSeconds = 300): Promise<number | null> {
  const start = performance.now();
  let fast = 0;
  while (fast < 3) {
    if (performance.now() - start > maxSeconds * 1000) return null;
    fast = (await probeMs(port, session)) <= thresholdMs ? fast + 1 : 0;
    if (fast < 3) await new Promise((r) => setTimeout(r, 50));
  }
  return Math.round((performance.now() - start) / 10) / 100;
}
