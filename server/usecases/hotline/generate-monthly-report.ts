/**
 * R-LINE-3 the monthly report of the hotline channel to the liaison office (issue 15 §5): made by the
 * monthly job on the rules profile's `monthlyReportDay` for the month before, or on demand by the
 * hotline office or the liaison office. The month's row is replaced (one report per congress and month);
 * every generation is kept in its trail (who, when, on demand or by the job). The liaison office is told.
 */
import { and, eq, sql } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { forbidden } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { hotlineMonthlyReports } from '../../db/schema';
import { figuresOf, monthBefore, monthBounds, monthLabel } from '../../queries/hotline/report-figures';
import { nowOf, type Ctx } from '../lib/run';
import { notifyRoleIn } from './history';

/** Who may make and read the monthly report: the congress's hotline office and liaison office. */
export const REPORT_MAKERS = ['hotlineOffice', 'liaisonOffice'] as const;

export interface Generation {
  at: string;
  byName: string;
  onDemand: boolean;
}

/** Generates (or regenerates) the report of `month` for a congress in the caller's transaction. */
export async function writeMonthlyReport(tx: Db, congressId: number, month: string, now: Date, by: Actor | null): Promise<{ month: string }> {
  const { from, to } = monthBounds(month);
  const figures = await figuresOf(tx, congressId, from, to, now);
  // One report per congress and month: the row locked while it is replaced, the trail carried over.
  const [old] = await tx
    .select()
    .from(hotlineMonthlyReports)
    .where(and(eq(hotlineMonthlyReports.congressId, congressId), eq(hotlineMonthlyReports.month, month)))
    .for('update');
  const trail = ((old?.content as { generations?: Generation[] } | undefined)?.generations ?? []).slice(-49);
  const generation: Generation = { at: now.toISOString(), byName: by?.name ?? '系统（定时任务）', onDemand: by !== null };
  const content = { figures, generations: [...trail, generation] };
  if (old) {
    await tx
      .update(hotlineMonthlyReports)
      .set({ content, generatedAt: now, generatedBy: by?.userId ?? null })
      .where(eq(hotlineMonthlyReports.id, old.id));
  } else {
    await tx.insert(hotlineMonthlyReports).values({ congressId, month, content, generatedAt: now, generatedBy: by?.userId ?? null });
  }
  await notifyRoleIn(tx, congressId, ['liaisonOffice'], {
    type: 'hotlineMonthlyReport',
    payload: {
      month,
      monthLabel: monthLabel(month),
      received: figures.received,
      dueNotDone: figures.dueNotDone.total,
      dissatisfied: figures.dissatisfied.total,
    },
    dedupeKey: `hotlineMonthlyReport:${congressId}:${month}:${now.toISOString()}`,
  });
  return { month };
}

/** 生成本月报 on demand: the hotline office or the liaison office of the congress, for a month (default: the month before). */
export async function generateMonthlyReport(ctx: Ctx, o: { month?: string }): Promise<{ month: string }> {
  const actor = ctx.actor;
  if (!(REPORT_MAKERS as readonly string[]).includes(actor.role) || actor.congressId === null) throw forbidden();
  const congressId = actor.congressId;
  const now = nowOf(ctx);
  const month = o.month ?? monthBefore(todayInShanghai(now));
  return ctx.db.transaction((tx) => writeMonthlyReport(tx as unknown as Db, congressId, month, now, actor));
}

/** The congresses with a hotline channel: a hotline office account, or orders. */
export async function hotlineCongresses(tx: Db): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`select distinct congress_id as id from users where role = 'hotlineOffice' and congress_id is not null and disabled_at is null
        union select distinct congress_id from work_orders order by 1`,
  );
  return rows.map((r) => r.id);
}
