import { z } from 'zod';
import { TASK_ROLES } from '../items/kinds';
import { day, timestamp } from './common';

/** Answers of the administrator's jobs page and the R-SUP-1 deadline ledger (server/routes/jobs.ts). */

const runStatus = z.enum(['ok', 'error']);
/** A job's summary of what it did (counts, the year…), stored with its run (server/jobs/types.ts JobResult). */
// A value is a number, a text, true/false or null; OpenAPI 3.0 cannot say "null" beside a union of types.
export const jobResult = z.record(z.string(), z.unknown().meta({ description: '数值、文字、真假或空' }));

/** One scheduled job: its schedule, next and last run. */
export const jobStatus = z.object({
  name: z.string(),
  /** Chinese label (server/jobs/registry.ts) */
  label: z.string(),
  /** 'daily HH:MM' or 'monthly D HH:MM', Asia/Shanghai */
  schedule: z.string(),
  enabled: z.boolean(),
  nextRunAt: timestamp,
  lastRunAt: timestamp.nullable(),
  lastStatus: runStatus.nullable(),
  lastError: z.string().nullable(),
  lastResult: jobResult.nullable(),
  runCount: z.number(),
});

/** One run of a job (scheduled, or by hand: `trigger` is then the user's name). */
export const jobRun = z.object({
  id: z.number(),
  jobName: z.string(),
  scheduledFor: timestamp,
  trigger: z.string(),
  startedAt: timestamp,
  finishedAt: timestamp.nullable(),
  status: runStatus,
  result: jobResult.nullable(),
  error: z.string().nullable(),
});

const channel = z.enum(['email', 'sms']);
const deliveryState = z.enum(['pending', 'sent', 'failed']);

/** GET /api/admin/jobs (getJobsStatus) — the jobs, the latest runs, the outbox and the e-mail/SMS deliveries. */
export const jobsStatus = z.object({
  jobs: z.array(jobStatus),
  /** the latest 30 runs, newest first */
  runs: z.array(jobRun),
  /** deliveries counted by channel and state */
  deliveries: z.array(z.object({ channel, state: deliveryState, n: z.number() })),
  outbox: z.object({ pending: z.number(), total: z.number() }),
  /** the latest deliveries that failed at least once */
  failures: z.array(z.object({ id: z.number(), channel, address: z.string(), attempts: z.number(), lastError: z.string().nullable(), state: deliveryState })),
});

/** POST /api/admin/jobs/:name/run (runJob) — how the run ended: its summary, or the error. */
export const jobRunAnswer = z.object({ status: runStatus, result: jobResult.optional(), error: z.string().optional() });

/** The kinds of a unit's open deadline in the ledger (server/queries/deadline-ledger.ts). */
export const OPEN_DEADLINE_KINDS = ['coOpinion', 'reply', 'rehandle', 'referenceContact', 'commitment'] as const;
const ledgerLight = z.enum(['green', 'yellow', 'red']);

/** One open deadline of a unit: a task's (co-opinion, reply, re-handling, reference contact) or a B commitment's. */
export const openDeadline = z.object({
  unitId: z.number(),
  unitName: z.string(),
  itemId: z.number(),
  number: z.string(),
  title: z.string(),
  /** null for a commitment */
  taskId: z.number().nullable(),
  /** the task's role, or 'commitment' */
  role: z.enum([...TASK_ROLES, 'commitment']),
  kind: z.enum(OPEN_DEADLINE_KINDS),
  due: day,
  /** negative: overdue */
  daysLeft: z.number(),
  light: ledgerLight,
  commitmentId: z.number().nullable(),
  /** the commitment's content */
  content: z.string().nullable(),
});

/** GET /api/deadlines (listOpenDeadlines) — one page of the open deadlines, and the counts by light per unit. */
export const deadlineLedger = z.object({
  today: day,
  yellowDays: z.number(),
  total: z.number(),
  rows: z.array(openDeadline),
  units: z.array(z.object({ unitId: z.number(), unitName: z.string(), red: z.number(), yellow: z.number(), green: z.number(), total: z.number() })),
  totals: z.object({ red: z.number(), yellow: z.number(), green: z.number() }),
});
