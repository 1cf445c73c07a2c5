import { and, eq, sql } from 'drizzle-orm';
import { todayInShanghai } from '../../domain/deadlines';
import { queryRows } from '../db/client';
import { items } from '../db/schema';
import { closeAfterWindow } from '../usecases/evaluation/close-item';
import { notify } from '../usecases/lib/history';
import type { JobContext, JobResult } from './types';

/**
 * R-EVAL-3: a replied item whose evaluation window has passed closes as "not
 * evaluated" by itself — or, when a deputy was dissatisfied in the first
 * round, goes on to re-handling review (the same rule as the office's
 * closeItem). Items are locked one by one (SKIP LOCKED: one a user is
 * changing right now waits for tomorrow's run).
 */
export async function expireEvaluationWindows(ctx: JobContext): Promise<JobResult> {
  const { tx, now } = ctx;
  const today = todayInShanghai(now);
  const due = await queryRows<{ id: number }>(
    tx,
    sql`select i.id from items i join deadlines d on d.item_id = i.id and d.kind = 'evaluation'
        where i.state = 'replied' and d.due_date < ${today} order by i.id`,
  );
  let closed = 0;
  let dissatisfied = 0;
  for (const { id } of due) {
    const [row] = await tx
      .select()
      .from(items)
      .where(and(eq(items.id, id), eq(items.state, 'replied')))
      .for('update', { skipLocked: true });
    if (!row) continue;
    const updated = await closeAfterWindow(tx, { actor: null, now }, row, 'liaisonOffice', '评价期满', 'evaluationWindowExpired');
    if (updated.state === 'closed') {
      closed++;
      await notify(tx, {
        type: 'evaluationExpired',
        itemId: id,
        recipientDeputyId: row.leadDeputyId ?? undefined,
        dedupeKey: `evaluationExpired:${id}:${row.round}`,
      });
    } else dissatisfied++;
  }
  return { closed, dissatisfied };
}
