import { sql } from 'drizzle-orm';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase, type Database } from './db/client';
import { startWorker } from './jobs/worker';
import { createSenders } from './notifications/senders';
import { DemoSeeding } from './seed/demo-seeding';

const HELP = `用法: npm run cli -- <命令>   (或 tsx server/cli.ts <命令>)

命令:
  serve     迁移数据库；库为空时载入演示数据（湖南省人大代表建议、政协湖南省委员会政协提案）；启动 HTTP 服务
  migrate   只执行数据库迁移
  seed      载入演示数据（数据库须为空；--force 在非空库上也执行）
  worker    只运行后台任务（定时任务、消息外发、邮件/短信），不提供 HTTP；可与 serve 多进程并存
  jobs      列出定时任务及其下次运行时间
  run-job <名称>  立即运行一个定时任务（不改变其计划）
  import <文件.xlsx> [--session <届次代码>] [--user <联工委账号>]  从 Excel 导入建议（全部通过才写入；打印进度与逐行错误，失败时退出码 1）
  report <会次代码或编号> [--scope unit:<编号>|category:<编号>|delegation:<编号>] [--kind handlingReport|keyItemsReport|unitAnalysis] [--force] --out <文件.docx>
            生成报告（Word）：办理情况报告、重点督办建议办理情况报告、单位综合分析报告
  openapi [--out <文件.json>]  输出接口文档（OpenAPI 3，与服务 GET /api/openapi.json 相同；不连接数据库）
  --help    显示本帮助

环境变量:
  PORT          端口（默认 3000）
  DATABASE_URL  PostgreSQL 连接串；不设置则使用内嵌 PGlite
  DATA_DIR      PGlite 数据与上传文件目录（默认 ./data）
  LOG_LEVEL     日志级别（默认 info）
  DEMO_ITEMS    演示数据的建议件数（默认 1400；政协提案件数随之按 0.57 倍生成，默认约 800）
  WORKER        serve 是否同时运行后台任务（默认 true）
  NOTIFY_EMAIL  邮件发送方式 log | smtp（SMTP_URL、MAIL_FROM）
  NOTIFY_SMS    短信发送方式 log | http（SMS_GATEWAY_URL、SMS_TEMPLATE）；log 写入 DATA_DIR/notifications.log`;

async function isEmpty(d: Database): Promise<boolean> {
  const r = (await d.db.execute(sql`select count(*)::int as n from congresses`)) as unknown as { rows: { n: number }[] };
  return r.rows[0].n === 0;
}

/**
 * The demo, driven through the use cases. `seeding`: the first start's, in the background — its progress
 * goes there (the login page shows it) and `ready` resolves once the province's accounts exist.
 */
async function seed(d: Database, items: number, o: { seeding?: DemoSeeding; ready?: () => void } = {}): Promise<void> {
  const { seedDemo } = await import('./seed/demo');
  const t = Date.now();
  const proposals = Math.round(items * 0.57);
  console.log(
    `数据库为空，正在载入演示数据（湖南省人大 ${items} 件代表建议、政协湖南省委员会 ${proposals} 件政协提案，全部经由办理流程生成${o.seeding ? '；服务先行启动，可先登录浏览，生成完毕后即可办理' : ''}）…`,
  );
  // Progress in tenths, for each stream.
  const progress = (label: string, also?: (done: number, total: number) => Promise<void>) => {
    let shown = 0;
    return async (done: number, total: number) => {
      await also?.(done, total);
      const pct = Math.floor((done / total) * 10);
      if (pct > shown) {
        shown = pct;
        console.log(`  ${label} ${done}/${total}`);
      }
    };
  };
  const res = await seedDemo(d.db, {
    items,
    proposals,
    onProgress: progress('建议', o.seeding?.progress('items')),
    onProposalProgress: progress('提案', o.seeding?.progress('proposals')),
    onHotlineProgress: progress('专线工单', o.seeding?.progress('workOrders')),
    onAccountsReady: o.ready,
  });
  console.log(
    `演示数据已载入：${res.items} 件建议，${res.units} 个承办单位，${res.deputies} 名代表；${res.proposals} 件政协提案，${res.members} 名政协委员；岳阳市人大代表民情通达专线 ${res.workOrders} 件工单（反映问题 ${res.problems} 个）（${((Date.now() - t) / 1000).toFixed(1)} 秒）`,
  );
}

/**
 * The first start (issue 18 §4): the demo loads in the background and the server answers as soon as the
 * province's accounts exist; `finished` settles when it is all there (or failed, said on the console).
 */
function seedInBackground(d: Database, items: number): { seeding: DemoSeeding; ready: Promise<void>; finished: Promise<void> } {
  const proposals = Math.round(items * 0.57);
  const seeding = new DemoSeeding({ items, proposals, workOrders: Math.max(40, Math.round((items * 465) / 1400)) });
  let ready!: () => void;
  const readyP = new Promise<void>((ok) => (ready = ok));
  const finished = seed(d, items, { seeding, ready }).then(
    () => {
      seeding.state = 'done';
    },
    (err: unknown) => {
      seeding.state = 'failed';
      console.error('演示数据载入失败：', err instanceof Error ? err.message : err);
    },
  );
  // A failure before the accounts exist must not leave the start waiting.
  return { seeding, ready: Promise.race([readyP, finished]), finished };
}

async function printAccounts(d: Database): Promise<void> {
  const { CPPCC_ACCOUNTS, DEMO_ACCOUNTS, DEMO_PASSWORD, HOTLINE_ACCOUNTS, LEVEL_ACCOUNTS } = await import('./seed/demo-accounts');
  const { DEMO_PLATFORM_KEY } = await import('./seed/demo-hotline');
  const r = (await d.db.execute(sql`select username from users`)) as unknown as { rows: { username: string }[] };
  const have = new Set(r.rows.map((x) => x.username));
  const rows = [...DEMO_ACCOUNTS, ...LEVEL_ACCOUNTS].filter((a) => have.has(a.username));
  const cppcc = CPPCC_ACCOUNTS.filter((a) => have.has(a.username));
  if (!rows.length && !cppcc.length) return;
  console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）：`);
  for (const a of rows) console.log(`  ${a.username.padEnd(15)} ${a.label}`);
  if (cppcc.length) console.log('  —— 政协湖南省委员会（政协提案）——');
  for (const a of cppcc) console.log(`  ${a.username.padEnd(15)} ${a.label}`);
  const hotline = HOTLINE_ACCOUNTS.filter((a) => have.has(a.username));
  if (hotline.length) {
    console.log('  —— 岳阳市人大代表民情通达专线（12345）——');
    for (const a of hotline) console.log(`  ${a.username.padEnd(15)} ${a.label}`);
    console.log(`  12345平台推送接口：POST /api/hotline/inbound/orders，请求头 X-Api-Key: ${DEMO_PLATFORM_KEY}`);
  }
}

async function jobsCommand(d: Database, argv: string[]): Promise<number> {
  const { JOBS } = await import('./jobs/registry');
  const { ensureJobs, runJobNow } = await import('./jobs/scheduler');
  await ensureJobs(d.db, new Date());
  if (argv[0] === 'jobs') {
    const r = (await d.db.execute(sql`select name, schedule, next_run_at, last_run_at, last_status from scheduled_jobs order by name`)) as unknown as {
      rows: { name: string; schedule: string; next_run_at: string; last_run_at: string | null; last_status: string | null }[];
    };
    for (const j of r.rows) {
      const label = JOBS.find((x) => x.name === j.name)?.label ?? '';
      console.log(
        `${j.name.padEnd(24)} ${j.schedule.padEnd(16)} 下次 ${new Date(j.next_run_at).toISOString()}  上次 ${j.last_run_at ? `${new Date(j.last_run_at).toISOString()} ${j.last_status}` : '—'}  ${label}`,
      );
    }
    return 0;
  }
  const name = argv[1];
  if (!name || !JOBS.some((j) => j.name === name)) {
    console.error(`请指定任务名称：${JOBS.map((j) => j.name).join('、')}`);
    return 2;
  }
  const started = performance.now();
  const r = await runJobNow(d.db, name, new Date(), 'cli');
  const ms = Math.round(performance.now() - started);
  console.log(r.status === 'ok' ? `完成（${ms} 毫秒）：${JSON.stringify(r.result)}` : `失败（${ms} 毫秒）：${r.error}`);
  return r.status === 'ok' ? 0 : 1;
}

/** The OpenAPI document as served, for client generators and the linter in CI (no database is opened). */
async function openApiCommand(argv: string[]): Promise<number> {
  // Building the routes and serving the document read no database: none is opened.
  const app = await buildApp({ db: undefined as never, dataDir: '/tmp', serveWeb: false });
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { host: 'localhost:3000' } });
  await app.close();
  const i = argv.indexOf('--out');
  const text = `${JSON.stringify(res.json(), null, 2)}\n`;
  if (i > 0 && argv[i + 1]) {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { dirname } = await import('node:path');
    await mkdir(dirname(argv[i + 1]), { recursive: true });
    await writeFile(argv[i + 1], text);
    console.log(`接口文档已写入 ${argv[i + 1]}`);
  } else process.stdout.write(text);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const cmd = argv[0];
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log(HELP);
    return cmd ? 0 : 1;
  }
  if (cmd === 'openapi') return openApiCommand(argv);
  if (!['serve', 'migrate', 'seed', 'worker', 'jobs', 'run-job', 'report', 'import'].includes(cmd)) {
    console.error(`未知命令：${cmd}\n\n${HELP}`);
    return 2;
  }
  const started = Date.now();
  const config = loadConfig();
  const d = await openDatabase(config);
  await d.migrate();
  if (cmd === 'migrate') {
    console.log(`数据库迁移完成（${d.kind}）`);
    await d.close();
    return 0;
  }
  if (cmd === 'seed') {
    if (!(await isEmpty(d)) && !argv.includes('--force')) {
      console.error('数据库非空，未载入演示数据（如确需载入请加 --force）');
      await d.close();
      return 1;
    }
    await seed(d, config.demoItems);
    await printAccounts(d);
    await d.close();
    return 0;
  }
  if (cmd === 'report') {
    const { reportCommand } = await import('./documents/report-cli');
    const code = await reportCommand(d.db, argv).catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      return 1;
    });
    await d.close();
    return code;
  }
  if (cmd === 'import') {
    const { importCommand } = await import('./usecases/imports/import-cli');
    const code = await importCommand(d.db, argv);
    await d.close();
    return code;
  }
  if (cmd === 'jobs' || cmd === 'run-job') {
    const code = await jobsCommand(d, argv);
    await d.close();
    return code;
  }
  const startBackground = () =>
    startWorker({
      db: d.db,
      senders: createSenders({ dataDir: config.dataDir, ...config.senders }),
      intervalMs: config.workerIntervalMs,
      leaseMs: config.deliveryLeaseMs,
      log: { info: (o, m) => console.log(m, JSON.stringify(o)), error: (o, m) => console.error(m, JSON.stringify(o)) },
    });
  if (cmd === 'worker') {
    const worker = await startBackground();
    console.log(`后台任务已启动（每 ${config.workerIntervalMs} 毫秒检查一次；数据库：${d.kind}）`);
    const stopWorker = async () => {
      await worker.stop();
      await d.close();
      process.exit(0);
    };
    process.once('SIGTERM', stopWorker);
    process.once('SIGINT', stopWorker);
    return -1;
  }
  const first = (await isEmpty(d)) ? seedInBackground(d, config.demoItems) : null;
  if (first) await first.ready;
  // The background jobs start once the demo is all there: they would change what the seeder still drives.
  let worker: Awaited<ReturnType<typeof startBackground>> | null = null;
  const startJobs = async () => {
    if (config.worker) worker = await startBackground();
  };
  if (!first) await startJobs();
  const app = await buildApp({
    db: d.db,
    dataDir: config.dataDir,
    sessionIdleMinutes: config.sessionIdleMinutes,
    secureCookies: config.secureCookies,
    logger: { level: config.logLevel },
    demoSeeding: first?.seeding,
  });
  const stop = async () => {
    await worker?.stop();
    await app.close();
    await d.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `\nJianyi 建议提案办理平台已启动（人大代表建议、政协提案）：http://localhost:${config.port}/  （数据库：${d.kind === 'pglite' ? `内嵌 PGlite，${config.dataDir}` : 'PostgreSQL'}）`,
  );
  console.log(`接口文档：http://localhost:${config.port}/api/openapi.json`);
  await printAccounts(d);
  if (first) {
    console.log(`\n已可登录浏览（启动后 ${((Date.now() - started) / 1000).toFixed(1)} 秒）；演示数据正在后台生成，生成完毕前暂不能办理。`);
    void first.finished.then(async () => {
      if (first.seeding.state !== 'done') return;
      await startJobs();
      await printAccounts(d);
    });
  }
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
