import { sql } from 'drizzle-orm';
import { addDays, diffDays, todayInShanghai } from '../../domain/deadlines';
import { queryRows } from '../db/client';
import { appendEvent, notify } from '../usecases/lib/history';
import { rulesCache } from './deadline-watch';
import type { JobContext, JobResult } from './types';

/** Warn this many days before a public reply's publication deadline. */
const WARN_DAYS = 3;

/**
 * R-PUBLISH-1: a public reply is published on the portal within the
 * profile's `publishWithinDays` of being sent. The liaison office is warned
 * once when the date is near and once when it has passed without publication
 * (logged on the item).
 */
export async function watchPublication(ctx: JobContext): Promise<JobResult> {
  const { tx, now } = ctx;
  const today = todayInShanghai(now);
  const rulesOf = rulesCache(tx);
  const rows = await queryRows<{ replyId: number; itemId: number; congressId: number; year: number; sentOn: string }>(
    tx,
    sql`select r.id as "replyId", r.item_id as "itemId", i.congress_id as "congressId", s.year, r.sent_on::text as "sentOn"
        from replies r join items i on i.id = r.item_id join sessions s on s.id = i.session_id
        where r.state = 'sent' and r.publicity = 'public' and r.published_at is null and r.sent_on is not null and not i.classified
        order by r.id`,
  );
  let due = 0;
  let overdue = 0;
  for (const r of rows) {
    const rules = await rulesOf(r.congressId, r.year);
    const by = addDays(r.sentOn, rules.publishWithinDays);
    const left = diffDays(today, by);
    const type = left < 0 ? 'publicationOverdue' : left <= WARN_DAYS ? 'publicationDue' : null;
    if (!type) continue;
    const payload = { replyId: r.replyId, due: by, daysLeft: left };
    if (await notify(tx, { type, itemId: r.itemId, congressId: r.congressId, recipientRole: 'liaisonOffice', dedupeKey: `${type}:${r.replyId}`, payload })) {
      await appendEvent(tx, { actor: null, now }, { itemId: r.itemId, type, payload });
      if (type === 'publicationOverdue') overdue++;
      else due++;
    }
  }
  return { unpublished: rows.length, due, overdue };
}
