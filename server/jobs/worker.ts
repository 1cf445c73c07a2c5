import type { Db } from '../db/client';
import type { Senders } from '../notifications/senders';
import { deliverPending } from './deliver';
import { dispatchOutbox } from './outbox-dispatch';
import { ensureJobs, runDueJobs, type Clock } from './scheduler';
import type { JobDef } from './types';
import { JOBS } from './registry';

export interface WorkerOptions {
  db: Db;
  senders: Senders;
  clock?: Clock;
  /** How often the worker looks for work (ms). */
  intervalMs?: number;
  /** How long a delivery claimed by this worker stays its own (set it above the gateway's timeout). */
  leaseMs?: number;
  jobs?: JobDef[];
  log?: { info(o: object, msg: string): void; error(o: object, msg: string): void };
}

export interface Worker {
  /** One pass: due jobs, then the outbox, then e-mail/SMS (tests call it directly). */
  tick(): Promise<{ jobs: number; dispatched: number; sent: number; failed: number }>;
  stop(): Promise<void>;
}

/**
 * The background worker (issue 4 §7–8): scheduled jobs, outbox fan-out and
 * deliveries, every `intervalMs`. Any number of processes may run one against
 * the same database; each step claims its rows with SKIP LOCKED. On start it
 * registers the jobs and runs the slots missed while no worker ran, once.
 */
export async function startWorker(o: WorkerOptions & { autostart?: boolean }): Promise<Worker> {
  const clock = o.clock ?? (() => new Date());
  const jobs = o.jobs ?? JOBS;
  await ensureJobs(o.db, clock(), jobs);
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = async () => {
    const ran = await runDueJobs(o.db, clock, jobs);
    for (const r of ran) {
      if (r.status === 'error') o.log?.error({ job: r.name, err: r.error }, '定时任务失败');
      else o.log?.info({ job: r.name, result: r.result }, '定时任务完成');
    }
    let dispatched = 0;
    for (let n = await dispatchOutbox(o.db, clock()); n > 0; n = await dispatchOutbox(o.db, clock())) dispatched += n;
    let sent = 0;
    let failed = 0;
    for (;;) {
      const r = await deliverPending(o.db, o.senders, clock, { leaseMs: o.leaseMs });
      sent += r.sent;
      failed += r.failed;
      if (r.sent + r.failed === 0 || r.failed > 0) break;
    }
    return { jobs: ran.length, dispatched, sent, failed };
  };
  const guarded = () => {
    if (running || stopped) return running;
    running = tick()
      .catch((err) => o.log?.error({ err }, '后台任务出错'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = o.autostart === false ? null : setInterval(guarded, o.intervalMs ?? 5_000);
  if (o.autostart !== false) void guarded();
  return {
    tick,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
