/**
 * The mixed scenario end to end (issue 18 §1): parameters from the data, the server as a child process,
 * a session per account, then one run per connection count (after a warm-up), the table on stdout and the
 * figures in the results file under `mix`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openBenchDb } from './db';
import { MIX_ACCOUNTS, MixDrawer, type Sessions } from './mix';
import { formatMix, runMix, type MixRun } from './mix-load';
import { discoverMix } from './mix-parameters';
import type { BenchOptions } from './options';
import { freePort, login, startServer } from './server';

export async function runMixBench(o: BenchOptions, log: (s: string) => void): Promise<number> {
  const bench = await openBenchDb(o);
  const params = await discoverMix(bench).finally(() => bench.close());
  const seed = o.seed ?? Math.floor(Math.random() * 2 ** 31);
  log(
    `混合场景：${params.items} 件，${params.sessions.length} 个会次，${params.units.length} 个单位；审核池 ${params.reviewPool.length} 件，沟通池 ${params.contactPool.length} 件；种子 ${seed}`,
  );
  const port = o.port || (await freePort());
  const server = await startServer(o, port);
  const runs: MixRun[] = [];
  try {
    const sessions = Object.fromEntries(await Promise.all(MIX_ACCOUNTS.map(async (a) => [a, await login(port, a)] as const))) as Sessions;
    const drawer = new MixDrawer(params, o.writes, seed);
    for (const connections of o.connections) {
      if (o.warmup > 0) await runMix({ server, sessions, drawer, connections, seconds: o.warmup });
      log(`混合场景 ${connections} 连接 ${o.duration} 秒…`);
      runs.push(await runMix({ server, sessions, drawer, connections, seconds: o.duration }));
      if (o.writes > 0 && !drawer.writesLeft()) log('写入池已用尽：其后的请求只有读取');
    }
  } finally {
    await server.stop();
  }
  const out = { finishedAt: new Date().toISOString(), database: o.kind, items: params.items, seed, writeShare: o.writes, duration: o.duration, runs };
  const file = o.out.replace(/\.json$/, '') + '-mix.json';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(formatMix(runs, { items: params.items, writeShare: o.writes, seed, kind: o.kind }));
  console.log(`\n结果已写入 ${path.relative(process.cwd(), file) || file}`);
  return runs.some((r) => r.requests === 0) ? 1 : 0;
}
