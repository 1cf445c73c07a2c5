/**
 * GET /api/duty/me and /api/duty/deputies/:deputyId — one deputy's duty of a year (R-DUTY-1, R-LINE-4):
 * the seven targets met and short, the points under the year's rulebook, the seed's flag, the records
 * entered with evidence, the suggestions and hotline orders the system counts (the orders read from
 * work_orders with their state), and the trail of records deleted or replaced.
 */
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { COUNTED_DUTY_KINDS, DUTY_KINDS, DUTY_KIND_LABELS, type DutyKind } from '../../../domain/duty/duty';
import { mayEnterDuty } from '../../../domain/duty/permissions';
import { standingOf, zeroCounts } from '../../../domain/duty/standing';
import { forbidden } from '../../../domain/errors';
import { WORK_ORDER_STATE_LABELS, type WorkOrderState } from '../../../domain/hotline/orders';
import { ITEM_STATE_LABELS, type ItemState } from '../../../domain/items/states';
import type { Actor } from '../../auth/actor';
import { dutyScope, liveRecords, readDutyDeputy } from '../../auth/duty-scope';
import { queryRows, type Db } from '../../db/client';
import { dutyRecords, organizations, users } from '../../db/schema';
import { countedSuggestionsSql, dutyCounts, dutyYears } from './counts';
import { dutyYearOf, loadPointRules, ruleLines } from './rules';

type RecordRow = typeof dutyRecords.$inferSelect;

/** An entered record as the pages show it: its kind's name, its evidence numbered for download. */
export function recordView(r: RecordRow, enteredByName: string | null, enteredByOrgName: string | null) {
  return {
    id: r.id,
    kind: r.kind as DutyKind,
    kindLabel: DUTY_KIND_LABELS[r.kind as DutyKind],
    on: r.on,
    title: r.title,
    note: r.note,
    evidence: r.evidence.map((e, index) => ({ index, filename: e.filename, mimeType: e.mimeType, size: e.size, sha256: e.sha256 })),
    enteredByName,
    enteredByOrgName,
    createdAt: r.createdAt,
    version: r.version,
  };
}

/** A deputy's records of the year: live (live = true) or deleted and replaced, with who entered each. */
async function recordsOf(db: Db, congressId: number, deputyId: number, year: number, live: boolean) {
  return db
    .select({
      r: dutyRecords,
      by: users.displayName,
      org: organizations.name,
      // A record replaced by an edit ends the instant its successor (of the same deputy) was entered.
      replaced: sql<boolean>`exists (select 1 from duty_records n where n.deputy_id = ${dutyRecords.deputyId} and n.id <> ${dutyRecords.id} and n.created_at = ${dutyRecords.deletedAt})`,
    })
    .from(dutyRecords)
    .leftJoin(users, eq(users.id, dutyRecords.enteredBy))
    .leftJoin(organizations, eq(organizations.id, dutyRecords.enteredByOrgId))
    .where(
      and(
        eq(dutyRecords.congressId, congressId),
        eq(dutyRecords.deputyId, deputyId),
        eq(dutyRecords.year, year),
        live ? liveRecords : isNotNull(dutyRecords.deletedAt),
      ),
    )
    .orderBy(live ? desc(dutyRecords.on) : desc(dutyRecords.deletedAt), desc(dutyRecords.id));
}

export async function getMyDuty(db: Db, actor: Actor, q: { year?: number }, now?: Date) {
  if (actor.deputyId === null) throw forbidden('dutyNoDeputy');
  return getDeputyDuty(db, actor, actor.deputyId, q, now);
}

export async function getDeputyDuty(db: Db, actor: Actor, deputyId: number, q: { year?: number }, now?: Date) {
  const scope = dutyScope(actor);
  const deputy = await readDutyDeputy(db, scope, deputyId);
  const year = dutyYearOf(q.year, now);
  const counts = (await dutyCounts(db, scope, year, deputy.id)).get(deputy.id) ?? zeroCounts();
  const { rules } = await loadPointRules(db, scope.congressId, year);
  const s = standingOf(counts, rules);
  const live = await recordsOf(db, scope.congressId, deputy.id, year, true);
  const gone = await recordsOf(db, scope.congressId, deputy.id, year, false);
  const suggestions = await queryRows<{ id: number; number: string; title: string; submitted_at: Date; is_lead: boolean; state: ItemState }>(
    db,
    sql`select distinct on (i.id) i.id, i.number, i.title, i.submitted_at, s.is_lead, i.state
        from item_signers s join items i on i.id = s.item_id
        where s.deputy_id = ${deputy.id} and ${countedSuggestionsSql(year)}
        order by i.id, s.is_lead desc`,
  );
  const orders = await queryRows<{ id: number; number: string; category: string; content: string; called_at: Date; state: WorkOrderState }>(
    db,
    sql`select w.id, w.number, w.category, w.content, w.called_at, w.state
        from work_orders w where w.deputy_id = ${deputy.id} and w.year = ${year} and w.state <> 'merged'
        order by w.called_at desc, w.id desc`,
  );
  return {
    deputy,
    year,
    years: await dutyYears(db, scope.congressId, dutyYearOf(undefined, now)),
    targets: DUTY_KINDS.map((kind) => ({
      kind,
      label: DUTY_KIND_LABELS[kind],
      count: s.counts[kind],
      met: s.counts[kind] >= 1,
      counted: COUNTED_DUTY_KINDS.includes(kind),
      points: s.points.byKind[kind],
    })),
    counts: s.counts,
    pointsByKind: s.points.byKind,
    points: s.points.total,
    short: s.short,
    shortLabels: s.short.map((k) => DUTY_KIND_LABELS[k]),
    notRecommendable: s.notRecommendable,
    rules: ruleLines(rules),
    records: live.map((x) => recordView(x.r, x.by, x.org)),
    suggestions: suggestions
      .sort((a, b) => new Date(b.submitted_at).getTime() - new Date(a.submitted_at).getTime())
      .map((i) => ({
        itemId: i.id,
        number: i.number,
        title: i.title,
        submittedAt: i.submitted_at,
        roleLabel: i.is_lead ? '领衔' : '附议',
        stateLabel: ITEM_STATE_LABELS[i.state],
      })),
    hotlineOrders: orders.map((o) => ({
      id: o.id,
      number: o.number,
      category: o.category,
      content: o.content,
      calledAt: o.called_at,
      state: o.state,
      stateLabel: WORK_ORDER_STATE_LABELS[o.state],
    })),
    trail: gone.map(({ r, by, replaced }) => ({
      id: r.id,
      kindLabel: DUTY_KIND_LABELS[r.kind as DutyKind],
      on: r.on,
      title: r.title,
      enteredByName: by,
      createdAt: r.createdAt,
      deletedAt: r.deletedAt!,
      endLabel: replaced ? '已修改' : '已删除',
    })),
    mayEnter: mayEnterDuty(actor.role),
  };
}
