/**
 * `npm run bench` (issue 6 §2): the server against the bench data, measured on
 * loopback from this second process, each run bounded in time:
 *   (a) ledger page 1 by unit and state, sorted by deadline, with its total;
 *   (b) a deep keyset page of the unfiltered ledger;
 *   (c) one session's statistics (classes, satisfaction) and per-unit figures;
 *   (d) Chinese full-text search, rotating realistic queries;
 *   (e) an item with its full history;
 *   (f) a write: a review transition under concurrent load.
 * For each: req/s, p50/p95/p99 at each connection count, and the SQL floor
 * (EXPLAIN ANALYZE of the statements the endpoint's query functions send).
 * Prints a table and writes bench/results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBenchDb, redact, BenchDataMissing, type BenchDb } from './db';
import { discoverParameters, type BenchParameters } from './discover';
import { measureFloor, type Floor } from './floors';
import { runLoad, type LoadRequest, type LoadResult } from './load';
import { parseOptions, UsageError, USAGE, type BenchOptions } from './options';
import { evaluateTargets, formatReport, ratioToFloor, type RunResult, type ScenarioResult } from './report';
import { buildScenarios, FLOOR_FACTOR, FLOOR_SLACK_MS, TARGET_ITEMS, TARGET_RSS_MB, TARGETS, type Scenario } from './scenarios';
import { freePort, login, probeMs, settle, startServer, type RunningServer, type Session } from './server';
import { runMixBench } from './mix-run';

const t0 = performance.now();
/** Progress on stderr, with the seconds since the start. */
const log = (msg: string) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

async function withBench<T>(o: BenchOptions, fn: (bench: BenchDb) => Promise<T>): Promise<T> {
  const bench = await openBenchDb(o);
  try {
    return await fn(bench);
  } finally {
    await bench.close();
  }
}

/**
 * Step 1–2: parameters and SQL floors, in-process; the database is closed
 * before the server opens it. On PostgreSQL each scenario's floors run on new
 * connections: a backend that has just aggregated millions of rows (the
 * history counts, the statistics) runs a parallel plan 3× slower afterwards
 * (PostgreSQL 15 here), which would make the next floor depend on the order.
 */
async function prepare(o: BenchOptions) {
  log(`数据库：${o.kind === 'pglite' ? `PGlite ${o.dataDir}` : `PostgreSQL ${redact(o.databaseUrl)}`}`);
  const { params, version } = await withBench(o, async (bench) => ({
    params: await discoverParameters(bench, o.username),
    version: (await bench.query<{ version: string }>('select version()'))[0].version,
  }));
  log(`${params.items} 件建议；届次 ${params.session.name}；写入池 ${params.writePool.length} 件`);
  const scenarios = buildScenarios(params).filter((s) => o.only.includes(s.id));
  const floors = new Map<string, Floor | null>();
  const measureAll = async (list: Scenario[]) =>
    withBench(o, async (bench) => {
      for (const s of list) {
        log(`SQL 基线 (${s.id})…`);
        floors.set(s.id, await measureFloor(bench, s, o.floorRuns));
      }
    });
  // PGlite has no parallel workers and takes seconds to open: one opening for all.
  if (o.kind === 'pglite') await measureAll(scenarios);
  else for (const s of scenarios) await measureAll([s]);
  return { params, scenarios, floors, version };
}

/** Hands out submitted items, each once, as review requests. */
function writeQueue(params: BenchParameters) {
  let next = 0;
  return {
    remaining: () => params.writePool.length - next,
    take: (): LoadRequest => {
      const item = params.writePool[next++];
      // autocannon asks only for as many requests as `amount` allows, so the pool is never overdrawn.
      if (!item) return { method: 'GET', path: '/api/auth/me' };
      return { method: 'POST', path: `/api/items/${item.id}/review`, body: JSON.stringify({ decision: 'accept', version: item.version }) };
    },
  };
}

async function checkEndpoints(server: RunningServer, session: Session, scenarios: Scenario[]): Promise<Map<string, string[]>> {
  const notes = new Map<string, string[]>();
  for (const s of scenarios.filter((x) => x.kind === 'read')) {
    for (const v of s.variants) {
      const res = await fetch(`http://127.0.0.1:${server.port}${v.path}`, { headers: { cookie: session.cookie } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`场景 ${s.id} 的请求 ${v.path} 返回 ${res.status}：${body.slice(0, 300)}`);
      if (s.id === 'b') {
        const page = JSON.parse(body) as { rows?: unknown[]; nextCursor?: unknown };
        const b: string[] = [];
        if (!('nextCursor' in page)) b.push('服务端尚未支持 keyset 游标（响应无 nextCursor，after 被忽略）：本次测得的是第 1 页');
        if (!page.rows?.length) b.push('深分页没有返回任何行');
        if (b.length) notes.set('b', b);
      }
    }
  }
  return notes;
}

interface Harness {
  o: BenchOptions;
  server: RunningServer;
  session: Session;
  /** A probe answered within this time means the server is idle again. */
  idleMs: number;
}

/** A load run, then a wait until the server has finished what the run left in flight (see `settle`). */
async function loadAndSettle(h: Harness, l: Omit<Parameters<typeof runLoad>[0], 'server' | 'session'>, notes: string[]) {
  const r = await runLoad({ server: h.server, session: h.session, ...l });
  const settled = await settle(h.server.port, h.session, h.idleMs);
  if (settled === null) notes.push(`${l.connections} 连接的一轮之后服务 300 秒内未恢复空闲：后续数据偏慢`);
  return { ...r, settleSeconds: settled };
}

async function measure(h: Harness, s: Scenario, floor: Floor | null, params: BenchParameters, notes: string[]) {
  const { o } = h;
  const runs: RunResult[] = [];
  const ratio = (r: LoadResult) => ratioToFloor(r, floor);
  const requests = s.variants.map((v) => ({ method: v.method, path: v.path }));
  const queue = s.kind === 'write' ? writeQueue(params) : null;
  for (const [i, conns] of o.connections.entries()) {
    if (queue) {
      // An even share of what is left for each remaining run (the smaller connection counts first).
      const share = Math.ceil(queue.remaining() / (o.connections.length - i));
      const warm = o.warmup > 0 ? Math.min(Math.floor(share / 5), conns * 50) : 0;
      if (warm >= conns) await loadAndSettle(h, { connections: conns, seconds: o.warmup, next: queue.take, amount: warm }, notes);
      const amount = Math.min(share - (warm >= conns ? warm : 0), queue.remaining());
      if (amount < 1) {
        notes.push(`写入池已用尽，跳过 ${conns} 连接的写入`);
        continue;
      }
      const c = Math.min(conns, amount);
      if (c < conns) notes.push(`写入池不足：${conns} 连接的一轮只用了 ${c} 个连接`);
      log(`(${s.id}) ${c} 连接，至多 ${amount} 次写入…`);
      const r = await loadAndSettle(h, { connections: c, seconds: o.duration, next: queue.take, amount }, notes);
      // Keep the requested count as the run's key: the targets look runs up by it.
      const poolExhausted = r.requests >= amount;
      if (poolExhausted && r.seconds < o.duration * 0.95)
        notes.push(`${conns} 连接的写入在 ${r.seconds} 秒时用完了分到的 ${amount} 件待审核建议（未满 ${o.duration} 秒）`);
      runs.push({ ...r, connections: conns, connectionsUsed: c, ratioP50ToFloor: ratio(r), poolExhausted });
      continue;
    }
    if (o.warmup > 0) await loadAndSettle(h, { connections: conns, seconds: o.warmup, requests }, notes);
    log(`(${s.id}) ${conns} 连接 ${o.duration} 秒…`);
    const r = await loadAndSettle(h, { connections: conns, seconds: o.duration, requests }, notes);
    runs.push({ ...r, ratioP50ToFloor: ratio(r) });
  }
  return runs;
}

async function main(argv: string[]): Promise<number> {
  let o: BenchOptions | 'help';
  try {
    o = parseOptions(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (o === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (o.mix) return runMixBench(o, log);
  const started = new Date();
  const { params, scenarios, floors, version } = await prepare(o);

  const port = o.port || (await freePort());
  log(`启动服务（端口 ${port}）…`);
  // Issue 6: "PGlite start with a 20,000-item database ≤ 3 s" — from spawning the server (Node and
  // tsx included) until it answers; the database is opened and migrated in between.
  const spawnedAt = performance.now();
  const server = await startServer(o, port);
  const startSeconds = Math.round((performance.now() - spawnedAt) / 10) / 100;
  log(`服务就绪：${startSeconds} 秒（进程启动、打开并迁移数据库）`);
  const stopOnSignal = (signal: NodeJS.Signals) => {
    log(`收到 ${signal}，停止服务…`);
    void server.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const killOnExit = () => {
    try {
      process.kill(server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);

  const results: ScenarioResult[] = [];
  let rssIdle: number | null;
  try {
    const session = await login(port, o.username);
    const endpointNotes = await checkEndpoints(server, session, scenarios);
    rssIdle = server.rssMb();
    const probes: number[] = [];
    for (let i = 0; i < 5; i++) probes.push(await probeMs(port, session));
    const h: Harness = { o, server, session, idleMs: Math.max(25, 3 * Math.min(...probes)) };
    for (const s of scenarios) {
      const notes = [...(endpointNotes.get(s.id) ?? [])];
      if (!s.variants.length) notes.push('没有待审核（submitted）的建议：写入场景未运行');
      const floor = floors.get(s.id) ?? null;
      const runs = s.variants.length ? await measure(h, s, floor, params, notes) : [];
      results.push({ id: s.id, name: s.name, kind: s.kind, requests: s.variants.map((v) => `${v.method} ${v.path}`), floor, runs, notes });
    }
  } finally {
    await server.stop();
    process.removeListener('SIGINT', stopOnSignal);
    process.removeListener('SIGTERM', stopOnSignal);
    process.removeListener('exit', killOnExit);
  }

  const rssValues = results.flatMap((s) => s.runs.map((r) => r.rssMaxMb)).filter((v): v is number => v !== null);
  const rssMaxMb = rssValues.length ? Math.max(...rssValues) : null;
  const checks = evaluateTargets(results, rssMaxMb);
  if (o.kind === 'pglite') {
    checks.push({ scenario: 'server', check: 'PGlite start s ≤', target: 3, value: startSeconds, connections: null, pass: startSeconds <= 3 });
  }
  const cpus = os.cpus();
  const output = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? null,
      memoryMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
    },
    database: {
      kind: o.kind,
      location: o.kind === 'pglite' ? path.join(o.dataDir, 'pglite') : redact(o.databaseUrl),
      version,
      items: params.items,
    },
    options: { duration: o.duration, warmup: o.warmup, connections: o.connections, only: o.only, floorRuns: o.floorRuns, username: o.username },
    parameters: {
      session: params.session,
      ledgerFilter: params.ledgerFilter,
      deep: params.deep,
      historyItems: params.historyItems,
      searchWords: params.searchWords,
      writePool: params.writePool.length,
    },
    scenarios: results,
    server: { startSeconds, rssIdleMb: rssIdle, rssMaxMb },
    targets: {
      atTargetSize: params.items >= TARGET_ITEMS,
      items: TARGET_ITEMS,
      perScenario: TARGETS,
      floor: { factor: FLOOR_FACTOR, slackMs: FLOOR_SLACK_MS },
      rssMb: TARGET_RSS_MB,
      checks,
    },
  };
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, `${JSON.stringify(output, null, 2)}\n`);
  console.log(formatReport(results, checks, params.items));
  console.log(`\n结果已写入 ${path.relative(process.cwd(), o.out) || o.out}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof BenchDataMissing ? err.message : err);
    process.exit(1);
  },
);
