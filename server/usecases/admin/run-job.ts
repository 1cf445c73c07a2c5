import { forbidden } from '../../../domain/errors';
import { runJobNow } from '../../jobs/scheduler';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';
import { nowOf } from '../lib/run';

/** An administrator runs a scheduled job now (its schedule is unchanged); the audit log keeps who and what it did. */
export async function runJob(ctx: Ctx, o: { name: string }) {
  if (ctx.actor.role !== 'admin') throw forbidden();
  const r = await runJobNow(ctx.db, o.name, nowOf(ctx), ctx.actor.username);
  await inTransaction(ctx, (tx) => writeAudit(tx, ctx, 'runJob', { name: o.name, status: r.status, result: r.result, error: r.error }));
  return r;
}
