import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import { domainError, forbidden } from '../../../domain/errors';
import { OPEN_COMMITMENT_STATES } from '../../../domain/commitments/tracking';
import { canTransition, checkTransition } from '../../../domain/items/transitions';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { stateIn } from '../../db/state-sql';
import { commitments, items, sessions } from '../../db/schema';
import type { JobContext, JobResult } from '../../jobs/types';
import { appendEvent, notify } from '../lib/history';
import { nowOf, type Ctx } from '../lib/run';

export interface CarryOverResult {
  toSessionId: number | null;
  toSessionName: string | null;
  carried: number;
}

/**
 * R-TRACK-1 commitments are tracked across years: when a congress has a newer
 * session (one of this year or earlier), every commitment still open
 * (registered or awaiting strike-off) is carried over into it — its tracked
 * session becomes the newest, with the time — and the item's history says so.
 * Idempotent: a carried-over commitment is already in the newest session.
 */
export async function carryOverIn(tx: Db, o: { congressId: number; actor: Actor | null; now: Date }): Promise<CarryOverResult> {
  const [newest] = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.congressId, o.congressId), lte(sessions.year, yearOf(todayInShanghai(o.now)))))
    .orderBy(desc(sessions.year), desc(sessions.id))
    .limit(1);
  if (!newest) return { toSessionId: null, toSessionName: null, carried: 0 };
  // Open commitments tracked in an older session than the newest (locked: a concurrent change waits or goes stale).
  const due = await queryRows<{ id: number; itemId: number; unitId: number; state: string; content: string; fromSessionId: number; fromSessionName: string }>(
    tx,
    sql`select cm.id, cm.item_id as "itemId", cm.unit_id as "unitId", cm.state, cm.content, ts.id as "fromSessionId", ts.name as "fromSessionName"
        from commitments cm
        join items i on i.id = cm.item_id
        join sessions ts on ts.id = coalesce(cm.tracked_session_id, i.session_id)
        where i.congress_id = ${o.congressId}
          and ${stateIn('cm.state', OPEN_COMMITMENT_STATES)}
          and (ts.year, ts.id) < (${newest.year}, ${newest.id})
        order by cm.id
        for update of cm`,
  );
  const movable = due.filter((c) => canTransition('carryOverCommitment', c.state));
  if (!movable.length) return { toSessionId: newest.id, toSessionName: newest.name, carried: 0 };
  const moved = await tx
    .update(commitments)
    .set({ trackedSessionId: newest.id, carriedOverAt: o.now, version: sql`${commitments.version} + 1` })
    .where(
      and(
        inArray(
          commitments.id,
          movable.map((c) => c.id),
        ),
        inArray(commitments.state, [...OPEN_COMMITMENT_STATES]),
      ),
    )
    .returning({ id: commitments.id });
  const movedIds = new Set(moved.map((m) => m.id));
  const ctx = { actor: o.actor, now: o.now };
  for (const c of movable.filter((x) => movedIds.has(x.id))) {
    await appendEvent(tx, ctx, {
      itemId: c.itemId,
      type: 'carryOverCommitment',
      fromState: c.state,
      toState: c.state,
      payload: {
        commitmentId: c.id,
        fromSessionId: c.fromSessionId,
        fromSession: c.fromSessionName,
        toSessionId: newest.id,
        toSession: newest.name,
        note: `“${c.content}”尚未销号，自${c.fromSessionName}结转到${newest.name}继续跟踪`,
      },
    });
  }
  const itemIds = [...new Set(movable.map((c) => c.itemId))];
  await tx
    .update(items)
    .set({ version: sql`${items.version} + 1`, updatedAt: o.now })
    .where(inArray(items.id, itemIds));
  // Each unit hears once per session it is carried into, however many runs there are.
  const perUnit = new Map<number, number>();
  for (const c of movable) if (movedIds.has(c.id)) perUnit.set(c.unitId, (perUnit.get(c.unitId) ?? 0) + 1);
  for (const [unitId, count] of perUnit) {
    await notify(tx, {
      type: 'commitmentsCarriedOver',
      congressId: o.congressId,
      recipientOrgId: unitId,
      dedupeKey: `commitmentsCarriedOver:${unitId}:${newest.id}`,
      payload: { count, toSession: newest.name, title: '承诺事项结转', message: `本单位 ${count} 项未销号的 B 类承诺事项已结转到${newest.name}继续跟踪办理。` },
    });
  }
  return { toSessionId: newest.id, toSessionName: newest.name, carried: movedIds.size };
}

/** R-TRACK-1: an office carries its congress's open commitments over into the newest session. */
export async function carryOverCommitments(ctx: Ctx): Promise<CarryOverResult> {
  const congressId = ctx.actor.congressId;
  if (!congressId) throw forbidden('noCongress');
  // The table's roles decide who may (a commitment is carried over from an open state).
  checkTransition('carryOverCommitment', 'registered', ctx.actor.role);
  return ctx.db.transaction(async (tx) => {
    const r = await carryOverIn(tx as unknown as Db, { congressId, actor: ctx.actor, now: nowOf(ctx) });
    if (r.toSessionId === null) throw domainError('NO_SESSION');
    return r;
  });
}

/** The same for every congress, for a scheduled job (the clock is the job's). */
export async function carryOverAllCommitments(job: JobContext): Promise<JobResult> {
  const congresses = await queryRows<{ id: number }>(job.tx, sql`select distinct congress_id as id from sessions order by 1`);
  let carried = 0;
  for (const c of congresses) carried += (await carryOverIn(job.tx, { congressId: c.id, actor: null, now: job.now })).carried;
  return { congresses: congresses.length, carried };
}
