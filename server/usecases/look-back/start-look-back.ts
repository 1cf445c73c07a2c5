import { and, eq, sql } from 'drizzle-orm';
import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import { mayStartLookBack } from '../../../domain/commitments/permissions';
import { domainError, forbidden } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { lookBackReviews, lookBacks } from '../../db/schema';
import type { JobContext, JobResult } from '../../jobs/types';
import { appendEvent, notify } from '../lib/history';
import { nowOf, type Ctx } from '../lib/run';

export interface StartLookBackResult {
  lookBackId: number;
  year: number;
  /** reviews created by this call (0 when the look-back was already started and nothing new is due) */
  created: number;
  units: number;
}

/**
 * R-TRACK-2 the yearly look-back (回头看): once per congress and year, a
 * review (复查表) for every past item — of a session held before the year —
 * that a unit answered with class A or B, one per unit that replied (its
 * lead, single or split part; the class of its latest sent reply). Each unit
 * is told once. Idempotent: a second start creates nothing already there.
 */
export async function startLookBackIn(tx: Db, o: { congressId: number; year: number; actor: Actor | null; now: Date }): Promise<StartLookBackResult> {
  await tx
    .insert(lookBacks)
    .values({ congressId: o.congressId, year: o.year, startedBy: o.actor?.userId ?? null, createdAt: o.now })
    .onConflictDoNothing();
  const [lb] = await tx
    .select()
    .from(lookBacks)
    .where(and(eq(lookBacks.congressId, o.congressId), eq(lookBacks.year, o.year)))
    .for('update');
  // Each unit's latest sent reply on each past item it led or had a split part of.
  const due = await queryRows<{ itemId: number; unitId: number; taskId: number; resultClass: 'A' | 'B' }>(
    tx,
    sql`select x.item_id as "itemId", x.unit_id as "unitId", x.task_id as "taskId", x.result_class as "resultClass"
        from (
          select distinct on (r.item_id, r.unit_id) r.item_id, r.unit_id, r.task_id, r.result_class
          from replies r
          join tasks t on t.id = r.task_id
          join items i on i.id = r.item_id
          join sessions s on s.id = i.session_id
          where i.congress_id = ${o.congressId} and s.year < ${o.year} and r.state = 'sent'
            and t.role in ('lead', 'split') and t.state <> 'withdrawn' and i.state <> 'merged'
          order by r.item_id, r.unit_id, r.round desc, r.id desc
        ) x
        where x.result_class in ('A', 'B')
          and not exists (select 1 from look_back_reviews lr where lr.look_back_id = ${lb.id} and lr.item_id = x.item_id and lr.unit_id = x.unit_id)
        order by x.item_id, x.unit_id`,
  );
  const created: typeof due = [];
  for (let i = 0; i < due.length; i += 500) {
    const chunk = due.slice(i, i + 500);
    const rows = await tx
      .insert(lookBackReviews)
      .values(chunk.map((d) => ({ lookBackId: lb.id, itemId: d.itemId, unitId: d.unitId, resultClass: d.resultClass })))
      .onConflictDoNothing()
      .returning({ itemId: lookBackReviews.itemId, unitId: lookBackReviews.unitId });
    const made = new Set(rows.map((r) => `${r.itemId}:${r.unitId}`));
    created.push(...chunk.filter((d) => made.has(`${d.itemId}:${d.unitId}`)));
  }
  const ctx = { actor: o.actor, now: o.now };
  for (const d of created) {
    await appendEvent(tx, ctx, {
      itemId: d.itemId,
      taskId: d.taskId,
      type: 'startLookBack',
      payload: {
        lookBackId: lb.id,
        year: o.year,
        unitId: d.unitId,
        resultClass: d.resultClass,
        note: `${o.year}年度“回头看”：复查 ${d.resultClass} 类答复的落实情况`,
      },
    });
  }
  const perUnit = new Map<number, number>();
  for (const d of created) perUnit.set(d.unitId, (perUnit.get(d.unitId) ?? 0) + 1);
  for (const [unitId, count] of perUnit) {
    await notify(tx, {
      type: 'lookBackStarted',
      congressId: o.congressId,
      recipientOrgId: unitId,
      dedupeKey: `lookBack:${lb.id}:${unitId}`,
      payload: {
        year: o.year,
        count,
        title: `${o.year}年度建议办理“回头看”`,
        message: `请对本单位 ${count} 件往年 A、B 类答复建议的落实情况进行复查，填报复查表。`,
      },
    });
  }
  return { lookBackId: lb.id, year: o.year, created: created.length, units: perUnit.size };
}

/** R-TRACK-2: an office starts its congress's look-back for a year (this year or an earlier one). */
export async function startLookBack(ctx: Ctx, o: { year: number }): Promise<StartLookBackResult> {
  const congressId = ctx.actor.congressId;
  if (!congressId || !mayStartLookBack(ctx.actor.role)) throw forbidden('lookBackStartersOnly');
  if (o.year > yearOf(todayInShanghai(nowOf(ctx)))) throw domainError('LOOK_BACK_FUTURE_YEAR', undefined, { field: 'year' });
  return ctx.db.transaction((tx) => startLookBackIn(tx as unknown as Db, { congressId, year: o.year, actor: ctx.actor, now: nowOf(ctx) }));
}

/** The same for a scheduled job: this year's look-back of every congress (idempotent, so safe to run daily). */
export async function startYearlyLookBacks(job: JobContext): Promise<JobResult> {
  const year = yearOf(todayInShanghai(job.now));
  const congresses = await queryRows<{ id: number }>(job.tx, sql`select distinct congress_id as id from sessions order by 1`);
  let created = 0;
  for (const c of congresses) created += (await startLookBackIn(job.tx, { congressId: c.id, year, actor: null, now: job.now })).created;
  return { year, congresses: congresses.length, created };
}
