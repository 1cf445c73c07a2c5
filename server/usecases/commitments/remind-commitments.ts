import { sql } from 'drizzle-orm';
import { addDays, todayInShanghai, yearOf, type RulesProfileValues } from '../../../domain/deadlines';
import { reminderKey, reminderStage } from '../../../domain/commitments/tracking';
import { queryRows } from '../../db/client';
import type { JobContext, JobResult } from '../../jobs/types';
import { loadRules } from '../../rules/rules-profile';
import { appendEvent, notify } from '../lib/history';

/** The furthest a profile may remind ahead (rules-profile.ts caps commitmentReminderDays at 365). */
const MAX_AHEAD_DAYS = 365;

/**
 * R-TRACK-1 reminders before each commitment's target date (scheduled job
 * 'commitmentReminders'): for every registered commitment, its unit is told
 * N days before the target date for each N of the rules profile's
 * `commitmentReminderDays` (the profile of the item's congress for the
 * current year), and once when the target date has passed. Each reminder
 * exists once (an outbox dedupe key per commitment, target date and stage)
 * and is logged on the item's history by 系统. A run after downtime sends
 * what is due then ("days left ≤ N", see reminderStage). A commitment awaiting
 * the office's strike-off decision is not reminded: the unit reports it
 * delivered; if the request is rejected, the next run catches up.
 */
export async function remindCommitments(job: JobContext): Promise<JobResult> {
  const today = todayInShanghai(job.now);
  const year = yearOf(today);
  const open = await queryRows<{ id: number; itemId: number; congressId: number; unitId: number; taskId: number; content: string; targetDate: string }>(
    job.tx,
    sql`select cm.id, cm.item_id as "itemId", i.congress_id as "congressId", cm.unit_id as "unitId", r.task_id as "taskId",
               cm.content, cm.target_date::text as "targetDate"
        from commitments cm
        join items i on i.id = cm.item_id
        join replies r on r.id = cm.reply_id
        where cm.state = 'registered' and cm.target_date <= ${addDays(today, MAX_AHEAD_DAYS)}
        order by cm.target_date, cm.id`,
  );
  const rules = new Map<number, RulesProfileValues>();
  const ctx = { actor: null, now: job.now };
  let sent = 0;
  for (const c of open) {
    let profile = rules.get(c.congressId);
    if (!profile) {
      profile = (await loadRules(job.tx, c.congressId, year)).values;
      rules.set(c.congressId, profile);
    }
    const due = reminderStage(c.targetDate, today, profile.commitmentReminderDays);
    if (!due) continue;
    const fresh = await notify(job.tx, {
      type: 'commitmentDue',
      itemId: c.itemId,
      congressId: c.congressId,
      recipientOrgId: c.unitId,
      dedupeKey: reminderKey(c.id, c.targetDate, due.stage),
      payload: { commitmentId: c.id, content: c.content, targetDate: c.targetDate, daysLeft: due.daysLeft, stage: due.stage },
    });
    if (!fresh) continue;
    sent++;
    await appendEvent(job.tx, ctx, {
      itemId: c.itemId,
      taskId: c.taskId,
      type: 'remindCommitment',
      payload: {
        commitmentId: c.id,
        content: c.content,
        targetDate: c.targetDate,
        daysLeft: due.daysLeft,
        stage: due.stage,
        note: `“${c.content}”完成时限 ${c.targetDate}，${due.daysLeft < 0 ? `已逾期 ${-due.daysLeft} 天` : `还剩 ${due.daysLeft} 天`}，已提醒承办单位`,
      },
    });
  }
  return { checked: open.length, sent };
}
