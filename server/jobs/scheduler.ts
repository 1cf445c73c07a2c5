import { eq, sql } from 'drizzle-orm';
import { notFound } from '../../domain/errors';
import { queryRows, type Db } from '../db/client';
import { jobRuns, scheduledJobs } from '../db/schema';
import { JOBS } from './registry';
import { nextSlot } from './schedule';
import type { JobDef, JobResult } from './types';

export type Clock = () => Date;

/**
 * Makes sure every job of the registry has its row: a new job's first slot is
 * the next one after now; a changed schedule takes effect from its next slot.
 */
export async function ensureJobs(db: Db, now: Date, jobs: JobDef[] = JOBS): Promise<void> {
  for (const j of jobs) {
    await db
      .insert(scheduledJobs)
      .values({ name: j.name, schedule: j.schedule, nextRunAt: nextSlot(j.schedule, now) })
      .onConflictDoUpdate({
        target: scheduledJobs.name,
        set: {
          schedule: j.schedule,
          nextRunAt: sql`case when ${scheduledJobs.schedule} = ${j.schedule} then ${scheduledJobs.nextRunAt} else ${nextSlot(j.schedule, now)} end`,
        },
      });
  }
}

interface DueRow {
  name: string;
  schedule: string;
  nextRunAt: Date;
}

/**
 * Runs every job whose slot has come, one at a time, each in its own
 * transaction: the row is claimed with FOR UPDATE SKIP LOCKED (another process
 * skips it), the job's writes and the slot's success commit together, and the
 * next slot is the first one after now — so a job missed during downtime runs
 * once, not once per missed slot. A failed job is rolled back, logged and
 * retried ten minutes later. Returns the names run.
 */
export async function runDueJobs(
  db: Db,
  clock: Clock,
  jobs: JobDef[] = JOBS,
): Promise<{ name: string; status: 'ok' | 'error'; result?: JobResult; error?: string }[]> {
  const done: { name: string; status: 'ok' | 'error'; result?: JobResult; error?: string }[] = [];
  const tried = new Set<string>();
  for (;;) {
    const now = clock();
    let claimed: DueRow | null = null;
    try {
      const result = await db.transaction(async (tx) => {
        const t = tx as unknown as Db;
        const [row] = await queryRows<DueRow>(
          t,
          sql`select name, schedule, next_run_at as "nextRunAt" from scheduled_jobs
              where enabled and next_run_at <= ${now} ${
                tried.size
                  ? sql`and name not in (${sql.join(
                      [...tried].map((n) => sql`${n}`),
                      sql`, `,
                    )})`
                  : sql``
              }
              order by next_run_at, name limit 1 for update skip locked`,
        );
        if (!row) return null;
        claimed = { ...row, nextRunAt: new Date(row.nextRunAt) };
        tried.add(row.name);
        const def = jobs.find((j) => j.name === row.name);
        if (!def) {
          // A job removed from the code: park it.
          await t.update(scheduledJobs).set({ enabled: false }).where(eq(scheduledJobs.name, row.name));
          return null;
        }
        const started = clock();
        const res = await def.run({ tx: t, now, scheduledFor: claimed.nextRunAt });
        await t
          .insert(jobRuns)
          .values({ jobName: row.name, scheduledFor: claimed.nextRunAt, startedAt: started, finishedAt: clock(), status: 'ok', result: res });
        await t
          .update(scheduledJobs)
          .set({
            nextRunAt: nextSlot(def.schedule, now),
            lastRunAt: now,
            lastStatus: 'ok',
            lastError: null,
            lastResult: res,
            runCount: sql`${scheduledJobs.runCount} + 1`,
          })
          .where(eq(scheduledJobs.name, row.name));
        return { name: row.name, result: res };
      });
      if (!result) {
        if (claimed) continue;
        break;
      }
      done.push({ name: result.name, status: 'ok', result: result.result });
    } catch (err) {
      const c = claimed as DueRow | null;
      if (!c) throw err;
      const message = err instanceof Error ? err.message : String(err);
      await recordFailure(db, c, now, message);
      done.push({ name: c.name, status: 'error', error: message });
    }
  }
  return done;
}

async function recordFailure(db: Db, row: DueRow, now: Date, message: string): Promise<void> {
  await db
    .insert(jobRuns)
    .values({ jobName: row.name, scheduledFor: row.nextRunAt, startedAt: now, finishedAt: new Date(), status: 'error', error: message.slice(0, 2000) });
  await db
    .update(scheduledJobs)
    .set({ lastRunAt: now, lastStatus: 'error', lastError: message.slice(0, 2000), nextRunAt: new Date(now.getTime() + 10 * 60_000) })
    .where(eq(scheduledJobs.name, row.name));
}

/** An administrator runs a job now (无论计划): its slot and next run stay as they are. */
export async function runJobNow(
  db: Db,
  name: string,
  now: Date,
  by: string,
  jobs: JobDef[] = JOBS,
): Promise<{ status: 'ok' | 'error'; result?: JobResult; error?: string }> {
  const def = jobs.find((j) => j.name === name);
  if (!def) throw notFound('任务');
  try {
    const result = await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const res = await def.run({ tx: t, now, scheduledFor: now });
      await t.insert(jobRuns).values({ jobName: name, scheduledFor: now, trigger: by, startedAt: now, finishedAt: new Date(), status: 'ok', result: res });
      await t.update(scheduledJobs).set({ lastRunAt: now, lastStatus: 'ok', lastError: null, lastResult: res }).where(eq(scheduledJobs.name, name));
      return res;
    });
    return { status: 'ok', result };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db
      .insert(jobRuns)
      .values({ jobName: name, scheduledFor: now, trigger: by, startedAt: now, finishedAt: new Date(), status: 'error', error: message.slice(0, 2000) });
    return { status: 'error', error: message };
  }
}
