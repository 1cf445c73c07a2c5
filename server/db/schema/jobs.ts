import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Scheduled jobs live in the database (issue 4 §8). A worker claims a due job
 * with FOR UPDATE SKIP LOCKED, runs it in the same transaction and moves
 * `nextRunAt` past now, so several processes never fire one slot twice and a
 * slot missed during downtime runs once at the next start.
 */
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text().primaryKey(),
  /** 'daily HH:MM' or 'monthly D HH:MM' in Asia/Shanghai */
  schedule: text().notNull(),
  enabled: boolean().notNull().default(true),
  nextRunAt: timestamp({ withTimezone: true }).notNull(),
  lastRunAt: timestamp({ withTimezone: true }),
  lastStatus: text(),
  lastError: text(),
  lastResult: jsonb(),
  runCount: integer().notNull().default(0),
});

/** Each run of a job; one successful run per scheduled slot (the unique index is the last guard against a double fire). */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    jobName: text().notNull(),
    scheduledFor: timestamp({ withTimezone: true }).notNull(),
    /** 'schedule' or the user who ran it by hand */
    trigger: text().notNull().default('schedule'),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
    status: text().notNull(),
    result: jsonb(),
    error: text(),
  },
  (t) => [
    check('job_runs_status', sql`${t.status} in ('ok','error')`),
    uniqueIndex('job_runs_once')
      .on(t.jobName, t.scheduledFor)
      .where(sql`${t.trigger} = 'schedule' and ${t.status} = 'ok'`),
    index().on(t.jobName, t.id),
  ],
);
