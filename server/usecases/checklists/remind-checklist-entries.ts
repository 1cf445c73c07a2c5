import { inArray, sql } from 'drizzle-orm';
import { addDays, todayInShanghai, yearOf } from '../../../domain/deadlines';
import { queryRows } from '../../db/client';
import { checklistReports } from '../../db/schema';
import type { JobContext, JobResult } from '../../jobs/types';
import { loadRules } from '../../rules/rules-profile';
import { appendChecklistEvent, notifyPresidium } from './history';

interface Due {
  id: number;
  county: number;
  township: number;
  checklist: number;
  seq: number;
  text: string;
  due_on: string;
  stage: 'soon' | 'overdue';
}

/**
 * The daily reminder before the checklists' due dates (R-TOWN-1): each township's presidium hears once
 * when an entry it has not reported done comes within the county's yellow days (规则配置 黄灯提前天数),
 * and once more when it passes its due date — one message per township and stage a day, listing the
 * entries. The stage reached is kept on each row, so a second run (a catch-up, another process)
 * sends nothing again. Years whose assessment is finalized are left alone.
 */
export async function remindChecklistEntries(ctx: JobContext): Promise<JobResult> {
  const { tx, now } = ctx;
  const today = todayInShanghai(now);
  const counties = await queryRows<{ id: number }>(tx, sql`select distinct congress_id as id from checklists where state = 'issued' order by 1`);
  let rows = 0;
  let messages = 0;
  for (const c of counties) {
    const { yellowDays } = (await loadRules(tx, c.id, yearOf(today))).values;
    const due = await queryRows<Due>(
      tx,
      sql`select r.id, r.congress_id as county, r.township_congress_id as township, r.checklist_id as checklist, e.seq, e.text,
            e.due_on::text as due_on, case when e.due_on < ${today}::date then 'overdue' else 'soon' end as stage
          from checklist_reports r join checklist_entries e on e.id = r.checklist_entry_id join checklists k on k.id = r.checklist_id
          where r.congress_id = ${c.id} and k.state = 'issued' and r.status <> 'done' and e.due_on <= ${addDays(today, yellowDays)}::date
            and r.reminded_stage is distinct from (case when e.due_on < ${today}::date then 'overdue' else 'soon' end)
            and r.reminded_stage is distinct from 'overdue'
            and not exists (select 1 from township_assessments a where a.congress_id = r.congress_id and a.year = k.year and a.state = 'finalized')
          order by r.township_congress_id, e.due_on, e.seq`,
    );
    const groups = new Map<string, Due[]>();
    for (const d of due) groups.set(`${d.township}:${d.stage}`, [...(groups.get(`${d.township}:${d.stage}`) ?? []), d]);
    for (const [key, list] of groups) {
      const [township, stage] = key.split(':');
      const overdue = stage === 'overdue';
      const entries =
        list
          .slice(0, 5)
          .map((d) => `“${d.text.length > 24 ? `${d.text.slice(0, 24)}…` : d.text}”（${d.due_on}）`)
          .join('、') + (list.length > 5 ? ` 等 ${list.length} 项` : '');
      messages += await notifyPresidium(tx, Number(township), {
        type: 'checklistDue',
        payload: { count: list.length, overdue, entries },
        dedupeKey: `checklistDue:${township}:${stage}:${today}`,
      });
      await appendChecklistEvent(
        tx,
        { actor: null, now },
        {
          countyId: c.id,
          type: 'remindChecklistEntries',
          townshipId: Number(township),
          payload: { count: list.length, overdue, entries, reportIds: list.map((d) => d.id) },
        },
      );
      await tx
        .update(checklistReports)
        .set({ remindedStage: stage })
        .where(
          inArray(
            checklistReports.id,
            list.map((d) => d.id),
          ),
        );
      rows += list.length;
    }
  }
  return { rows, messages };
}
