import { and, eq } from 'drizzle-orm';
import { todayInShanghai } from '../../domain/deadlines';
import { hotlineMonthlyReports } from '../db/schema';
import { monthBefore } from '../queries/hotline/report-figures';
import { hotlineCongresses, writeMonthlyReport } from '../usecases/hotline/generate-monthly-report';
import { rulesCache } from './deadline-watch';
import type { JobContext, JobResult } from './types';

/**
 * R-LINE-3 the monthly report to the liaison office (issue 15 §5): looked at daily; on the rules profile's
 * `monthlyReportDay` (or a later day after downtime) each congress with a hotline channel gets the report of
 * the month before, unless it was made already (by this job or on demand) — so a run twice makes it once.
 */
export async function generateHotlineMonthlyReports(ctx: JobContext): Promise<JobResult> {
  const { tx, now } = ctx;
  const today = todayInShanghai(now);
  const day = Number(today.slice(8, 10));
  const month = monthBefore(today);
  const rulesOf = rulesCache(tx);
  let generated = 0;
  for (const congressId of await hotlineCongresses(tx)) {
    const rules = (await rulesOf(congressId, Number(today.slice(0, 4)))).workOrder;
    if (day < rules.monthlyReportDay) continue;
    const [done] = await tx
      .select({ id: hotlineMonthlyReports.id })
      .from(hotlineMonthlyReports)
      .where(and(eq(hotlineMonthlyReports.congressId, congressId), eq(hotlineMonthlyReports.month, month)));
    if (done) continue;
    await writeMonthlyReport(tx, congressId, month, now, null);
    generated++;
  }
  return { month, generated };
}
