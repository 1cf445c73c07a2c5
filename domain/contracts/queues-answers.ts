import { z } from 'zod';
import { ITEM_KINDS, TASK_ROLES } from '../items/kinds';
import { ITEM_STATES, REPLY_STATES, TASK_STATES } from '../items/states';
import { QUEUE_KEYS } from '../queues/catalog';
import { day, timestamp } from './common';

/** Answers of the work queues (待办, server/routes/queues.ts). */

/** GET /api/queues — the signed-in user's queues in tab order with their counts; `total` is the menu's badge. */
export const queueCountsAnswer = z.object({
  total: z.number(),
  queues: z.array(z.object({ key: z.enum(QUEUE_KEYS), label: z.string(), count: z.number() })),
});

/** A row of a queue: the item, the date its step is due with the light, and since when it waits. */
export const queueRow = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(ITEM_KINDS),
  state: z.enum(ITEM_STATES),
  version: z.number(),
  round: z.number(),
  leadDeputy: z.string().nullable(),
  category: z.string().nullable(),
  leadUnits: z.string().nullable(),
  /** the unit's own part (unit roles) */
  myTask: z
    .object({ id: z.number(), role: z.enum(TASK_ROLES), state: z.enum(TASK_STATES), version: z.number(), acknowledgedAt: timestamp.nullable() })
    .nullable(),
  /** the unit's reply of this round (unit roles): batch approve, sign and send act on it with its version */
  myReply: z.object({ id: z.number(), version: z.number(), state: z.enum(REPLY_STATES) }).nullable(),
  due: day.nullable(),
  light: z.enum(['green', 'yellow', 'red', 'none']),
  daysLeft: z.number().nullable(),
  since: timestamp.nullable(),
  waitingDays: z.number().nullable(),
});

/** GET /api/queues/:queue — one queue's page. */
export const queuePage = z.object({
  queue: z.enum(QUEUE_KEYS),
  label: z.string(),
  /** what `due` means in this queue (期限 or 等待自) */
  dueLabel: z.string(),
  hint: z.string(),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  rows: z.array(queueRow),
});
