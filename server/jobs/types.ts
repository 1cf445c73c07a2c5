import type { Db } from '../db/client';

/**
 * What a scheduled job receives: the claiming transaction (its writes commit
 * together with the slot being marked done, or not at all), the injected clock
 * and the slot it runs for (a catch-up run after downtime has `now` > `scheduledFor`).
 */
export interface JobContext {
  tx: Db;
  now: Date;
  scheduledFor: Date;
}

/** A job's summary, stored with its run (counts of what it did). */
export type JobResult = Record<string, number | string | boolean | null>;

export interface JobDef {
  name: string;
  /** 'daily HH:MM' or 'monthly D HH:MM', Asia/Shanghai */
  schedule: string;
  /** Chinese label for the admin page */
  label: string;
  run(ctx: JobContext): Promise<JobResult>;
}
