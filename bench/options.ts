import path from 'node:path';
import { parseArgs } from 'node:util';

/** The six measured scenarios of issue 6 §2 (a–e reads, f a write). */
export const SCENARIO_IDS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/jianyi_bench';

export interface BenchOptions {
  kind: 'postgres' | 'pglite';
  /** PostgreSQL: the bench database (BENCH_DATABASE_URL). */
  databaseUrl: string;
  /** PGlite: the data directory holding `pglite/` (BENCH_DATA_DIR, default data/bench). */
  dataDir: string;
  /** Seconds per measured run. */
  duration: number;
  /** Seconds of warm-up before each measured run (not counted). */
  warmup: number;
  connections: number[];
  only: ScenarioId[];
  out: string;
  /** 0: a free port. */
  port: number;
  /** EXPLAIN ANALYZE repetitions per statement set (the median is kept), after one warm-up. */
  floorRuns: number;
  /** The account the load runs as (a liaison office user sees every item and may review). */
  username: string;
  /** Issue 18 §1: the mixed scenario instead of the six single-request ones (cached repeats). */
  mix: boolean;
  /** The mix's share of writes, 0–1. */
  writes: number;
  /** The mix's random seed (absent: a new one each run, printed). */
  seed?: number;
}

export const USAGE = `用法: npm run bench -- [选项]

  --pglite               使用内嵌 PGlite（BENCH_DATA_DIR，默认 data/bench）；默认 PostgreSQL（BENCH_DATABASE_URL，默认 ${DEFAULT_BENCH_URL}）
  --duration <秒>        每轮压测时长（默认 10）
  --warmup <秒>          每轮压测前的预热时长（默认 2，不超过 duration）
  --connections <列表>   并发连接数（默认 1,20）
  --only <列表>          只测部分场景，如 a,c（a 台账筛选 b 深分页 c 统计 d 全文检索 e 详情 f 写入）
  --out <文件>           结果文件（默认 bench/results.json）
  --port <端口>          服务端口（默认自动选择空闲端口）
  --floor-runs <次数>    EXPLAIN ANALYZE 重复次数，取中位数（默认 5）
  --user <账号>          压测使用的账号（默认 liaison，须为联工委角色）
  --mix                  混合场景：多个账号（联工委、政府办、承办单位、督办、代表）、参数随机取自数据、读写交错；
                         按请求类型给出 p50/p95/p99 和总吞吐（不加此项时测 a–f 六个单一请求场景，即缓存命中的重复请求）
  --writes <比例>        混合场景中写入请求的比例（默认 0.05；0 为只读）
  --seed <整数>          混合场景的随机种子（默认每次不同，结果中给出）

先用 npm run bench:data 生成数据。`;

export class UsageError extends Error {}

function positive(name: string, v: string | undefined, dflt: number, integer = false): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new UsageError(`--${name} 须为正${integer ? '整' : ''}数：${v}`);
  return n;
}

/** Parses the command line (and BENCH_DATABASE_URL, BENCH_DATA_DIR); throws UsageError on a bad option. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        pglite: { type: 'boolean' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        only: { type: 'string' },
        out: { type: 'string' },
        port: { type: 'string' },
        'floor-runs': { type: 'string' },
        user: { type: 'string' },
        mix: { type: 'boolean' },
        writes: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if (values.help) return 'help';
  const duration = positive('duration', values.duration, 10);
  const warmup = values.warmup === '0' ? 0 : Math.min(positive('warmup', values.warmup, 2), duration);
  const connections = (values.connections ?? '1,20').split(',').map((s) => positive('connections', s.trim(), 1, true));
  const only = (values.only ?? SCENARIO_IDS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of only) if (!(SCENARIO_IDS as readonly string[]).includes(s)) throw new UsageError(`--only：未知场景 ${s}（可选 ${SCENARIO_IDS.join(',')}）`);
  const port = values.port === undefined ? 0 : positive('port', values.port, 0, true);
  if (port > 65535) throw new UsageError(`--port 须在 1–65535 之间：${port}`);
  const writes = values.writes === undefined ? 0.05 : Number(values.writes);
  if (!Number.isFinite(writes) || writes < 0 || writes > 1) throw new UsageError(`--writes 须为 0–1 之间的比例：${values.writes}`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`--seed 须为整数：${values.seed}`);
  return {
    kind: values.pglite ? 'pglite' : 'postgres',
    databaseUrl: env.BENCH_DATABASE_URL || DEFAULT_BENCH_URL,
    dataDir: path.resolve(env.BENCH_DATA_DIR || 'data/bench'),
    duration,
    warmup,
    connections: [...new Set(connections)].sort((x, y) => x - y),
    only: SCENARIO_IDS.filter((s) => only.includes(s)),
    out: path.resolve(values.out ?? 'bench/results.json'),
    port,
    floorRuns: positive('floor-runs', values['floor-runs'], 5, true),
    username: values.user ?? 'liaison',
    mix: !!values.mix,
    writes,
    seed,
  };
}
