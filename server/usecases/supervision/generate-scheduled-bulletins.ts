import { and, eq, isNull, sql } from 'drizzle-orm';
import { todayInShanghai, yearOf, type RulesProfileValues } from '../../../domain/deadlines';
import { bulletinDayIn } from '../../../domain/supervision/bulletin';
import { bulletins, congresses } from '../../db/schema';
import type { JobContext, JobResult } from '../../jobs/types';
import { loadRules } from '../../rules/rules-profile';
import { notify } from '../lib/history';
import { createBulletin, latestSession } from './generate-bulletin';
import { lockCongress } from './shared';

/**
 * R-SUP-4 the monthly bulletin (job `monthlyBulletin`, looked at daily): for
 * each congress whose rules profile names a bulletin day (bulletinDayOfMonth,
 * 0 = none) falling between the slot's date and today — a run caught up
 * after downtime covers the days missed — one bulletin of the congress's
 * latest session, as of today. Once per congress and month: the congress row
 * is locked and a scheduled bulletin of that month is looked for first, so a
 * second run (or a second process) writes nothing. A session with no
 * assigned tasks has nothing to report and is skipped. The offices are notified.
 */
export async function generateScheduledBulletins(ctx: JobContext): Promise<JobResult> {
  const { tx, now } = ctx;
  const today = todayInShanghai(now);
  const from = todayInShanghai(ctx.scheduledFor ?? now);
  const result = { congresses: 0, generated: 0, alreadyDone: 0, empty: 0 };
  for (const c of await tx.select({ id: congresses.id }).from(congresses).orderBy(congresses.id)) {
    result.congresses++;
    const rules = new Map<number, RulesProfileValues>();
    for (let y = yearOf(from <= today ? from : today); y <= yearOf(today); y++) rules.set(y, (await loadRules(tx, c.id, y)).values);
    const day = bulletinDayIn(from, today, (d) => rules.get(yearOf(d))?.bulletinDayOfMonth ?? 0);
    if (!day) continue;
    const month = day.slice(0, 7);
    const session = await latestSession(tx, c.id);
    if (!session) continue;
    await lockCongress(tx, c.id);
    const [done] = await tx
      .select({ id: bulletins.id })
      .from(bulletins)
      .where(and(eq(bulletins.congressId, c.id), isNull(bulletins.generatedBy), sql`${bulletins.content}->>'scheduledMonth' = ${month}`))
      .limit(1);
    if (done) {
      result.alreadyDone++;
      continue;
    }
    const b = await createBulletin(tx, { congressId: c.id, session, asOf: today, generatedBy: null, scheduledMonth: month, now, skipEmpty: true });
    if (!b) {
      result.empty++;
      continue;
    }
    for (const role of ['liaisonOffice', 'governmentOffice'] as const) {
      await notify(tx, {
        type: 'bulletinGenerated',
        congressId: c.id,
        recipientRole: role,
        payload: {
          bulletinId: b.id,
          number: b.number,
          title: '办理进度通报',
          message: `${b.title}（${b.number}）已生成${b.content.totals.unitsBehind ? `，${b.content.totals.unitsBehind} 个单位进度滞后` : ''}。`,
        },
        dedupeKey: `bulletin:${b.id}:${role}`,
      });
    }
    result.generated++;
  }
  return result;
}
