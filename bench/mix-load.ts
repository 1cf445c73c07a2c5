/**
 * The mixed load (issue 18 §1): `connections` keep-alive connections, each sending one request at a time,
 * every request drawn anew (MixDrawer) and sent as its own account; every answer's time kept by request
 * kind, so each kind's p50/p95/p99 is exact. Bounded by `seconds`; non-2xx answers are errors.
 */
import http from 'node:http';
import type { RunningServer } from './server';
import { latencyOf, type Latency } from './load';
import type { MixDrawer, MixRequest, Sessions } from './mix';

export interface KindFigures {
  kind: string;
  requests: number;
  errors: number;
  latencyMs: Latency | null;
}

export interface MixRun {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  errors: number;
  /** the first few errors' status and answer, to say what went wrong */
  errorSamples: string[];
  latencyMs: Latency | null;
  byKind: KindFigures[];
  rssMaxMb: number | null;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

function send(agent: http.Agent, port: number, sessions: Sessions, q: MixRequest): Promise<{ status: number; body: string }> {
  const s = sessions[q.account];
  const payload = q.body === undefined ? undefined : JSON.stringify(q.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: q.path,
        method: q.method,
        agent,
        headers: {
          cookie: s.cookie,
          'x-csrf-token': s.csrfToken,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    if (payload) req.write(payload);
    req.end();
  });
}

export async function runMix(o: { server: RunningServer; sessions: Sessions; drawer: MixDrawer; connections: number; seconds: number }): Promise<MixRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const times = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const samples: string[] = [];
  let rssMax: number | null = null;
  const sampler = setInterval(() => {
    const v = o.server.rssMb();
    if (v !== null) rssMax = Math.max(rssMax ?? 0, v);
  }, 250);
  const started = performance.now();
  const deadline = started + o.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const q = o.drawer.next();
      const t = performance.now();
      const { status, body } = await send(agent, o.server.port, o.sessions, q).catch((e: unknown) => ({
        status: 0,
        body: e instanceof Error ? e.message : String(e),
      }));
      const ms = performance.now() - t;
      (times.get(q.kind) ?? times.set(q.kind, []).get(q.kind)!).push(ms);
      if (status < 200 || status >= 300) {
        errors.set(q.kind, (errors.get(q.kind) ?? 0) + 1);
        if (samples.length < 5) samples.push(`${q.kind} ${q.method} ${q.path} → ${status} ${body.slice(0, 200)}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: o.connections }, worker));
  } finally {
    clearInterval(sampler);
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const all = [...times.values()].flat();
  const byKind = [...times.entries()]
    .map(([kind, l]) => ({ kind, requests: l.length, errors: errors.get(kind) ?? 0, latencyMs: latencyOf(l) }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  return {
    connections: o.connections,
    seconds: r2(seconds),
    requests: all.length,
    rps: r2(all.length / seconds),
    errors: [...errors.values()].reduce((a, b) => a + b, 0),
    errorSamples: samples,
    latencyMs: latencyOf(all),
    byKind,
    rssMaxMb: rssMax,
  };
}

/** The runs as a table: a row per kind and a total, for each connection count. */
export function formatMix(runs: MixRun[], o: { items: number; writeShare: number; seed: number; kind: string }): string {
  const lines = [`混合场景（${o.kind}，${o.items} 件，写入占比 ${(o.writeShare * 100).toFixed(1)}%，随机种子 ${o.seed}）`];
  const f = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1));
  for (const r of runs) {
    lines.push('', `${r.connections} 连接，${r.seconds} 秒：${r.requests} 次请求，${r.rps} 次/秒，错误 ${r.errors}，内存峰值 ${r.rssMaxMb ?? '—'} MB`);
    lines.push(`${'请求类型'.padEnd(18)}${'次数'.padStart(8)}${'错误'.padStart(6)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}`);
    for (const k of r.byKind) {
      lines.push(
        `${k.kind.padEnd(20)}${String(k.requests).padStart(8)}${String(k.errors).padStart(6)}${f(k.latencyMs?.p50).padStart(9)}${f(k.latencyMs?.p95).padStart(9)}${f(k.latencyMs?.p99).padStart(9)}`,
      );
    }
    lines.push(
      `${'合计'.padEnd(18)}${String(r.requests).padStart(8)}${String(r.errors).padStart(6)}${f(r.latencyMs?.p50).padStart(9)}${f(r.latencyMs?.p95).padStart(9)}${f(r.latencyMs?.p99).padStart(9)}`,
    );
    for (const s of r.errorSamples) lines.push(`  错误示例：${s}`);
  }
  return lines.join('\n');
}
