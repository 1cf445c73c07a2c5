import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client';
import { JOBS } from '../jobs/registry';

/**
 * The administrator's view of the background work (issue 4 §7–8): each job
 * with its schedule, next and last run; the latest runs; the outbox and the
 * e-mail/SMS deliveries by state, with the latest failures.
 */
export async function readJobsStatus(db: Db) {
  const [jobs, runs, deliveries, [outbox], failures] = await Promise.all([
    queryRows<{
      name: string;
      schedule: string;
      enabled: boolean;
      nextRunAt: string;
      lastRunAt: string | null;
      lastStatus: string | null;
      lastError: string | null;
      lastResult: unknown;
      runCount: number;
    }>(
      db,
      sql`select name, schedule, enabled, next_run_at as "nextRunAt", last_run_at as "lastRunAt", last_status as "lastStatus", last_error as "lastError", last_result as "lastResult", run_count as "runCount" from scheduled_jobs order by name`,
    ),
    queryRows<{
      id: number;
      jobName: string;
      scheduledFor: string;
      trigger: string;
      startedAt: string;
      finishedAt: string | null;
      status: string;
      result: unknown;
      error: string | null;
    }>(
      db,
      sql`select id, job_name as "jobName", scheduled_for as "scheduledFor", trigger, started_at as "startedAt", finished_at as "finishedAt", status, result, error from job_runs order by id desc limit 30`,
    ),
    queryRows<{ channel: string; state: string; n: number }>(
      db,
      sql`select channel, state, count(*)::int as n from deliveries group by channel, state order by channel, state`,
    ),
    queryRows<{ pending: number; total: number }>(db, sql`select count(*) filter (where sent_at is null)::int as pending, count(*)::int as total from outbox`),
    queryRows<{ id: number; channel: string; address: string; attempts: number; lastError: string | null; state: string }>(
      db,
      sql`select id, channel, address, attempts, last_error as "lastError", state from deliveries where last_error is not null order by id desc limit 20`,
    ),
  ]);
  const iso = (v: string | null) => (v ? new Date(v).toISOString() : null);
  return {
    jobs: jobs.map((j) => ({ ...j, label: JOBS.find((x) => x.name === j.name)?.label ?? j.name, nextRunAt: iso(j.nextRunAt), lastRunAt: iso(j.lastRunAt) })),
    runs: runs.map((r) => ({ ...r, scheduledFor: iso(r.scheduledFor), startedAt: iso(r.startedAt), finishedAt: iso(r.finishedAt) })),
    deliveries,
    outbox,
    failures,
  };
}
