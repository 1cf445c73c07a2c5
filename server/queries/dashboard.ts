import { sql, type SQL } from 'drizzle-orm';
import { computeLight, todayInShanghai } from '../../domain/deadlines';
import { DEADLINE_RUNNING_STATES, INACTIVE_TASK_STATES } from '../../domain/items/states';
import { isUnitRole } from '../../domain/items/roles';
import { rate } from '../../domain/stats';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { stateNotIn } from '../db/state-sql';
import { statsScope, type StatsScope } from './statistics/figures';
import { queryCategoryShares } from './statistics/report-figures';
import { yellowDaysFor } from './yellow-days';

/** Which units' rows an actor may see: a unit only its own (its figures are its own part, R-STAT-1), others all or the one asked for. */
function unitRows(actor: Actor, unitId: number | undefined): SQL {
  if (isUnitRole(actor.role)) return sql`t.unit_id = ${actor.organizationId ?? -1}`;
  return unitId ? sql`t.unit_id = ${unitId}` : sql`true`;
}

export interface LightCounts {
  green: number;
  yellow: number;
  red: number;
}

export interface UnitPerformance {
  unitId: number;
  unitName: string;
  isGovernment: boolean;
  leadItems: number;
  coItems: number;
  referenceItems: number;
  replied: number;
  onTime: number;
  onTimeRate: number | null;
  lights: LightCounts;
}

/**
 * Per unit (R-STAT-1 on-time rate, R-SUP-1 lights, R-SUP-4 lead and co
 * separately): items it leads, co-handles or contacts as a reference item;
 * its first replies and how many went out by the reply deadline; and the
 * lights of the items it has a part in, computed as the ledger does
 * (`computeLight` on the item's current deadline), so filtering the ledger by
 * unit and light finds the same number of items.
 */
export async function queryUnitPerformance(db: Db, actor: Actor, s: StatsScope, now = new Date()): Promise<{ yellowDays: number; units: UnitPerformance[] }> {
  const today = todayInShanghai(now);
  const yellowDays = await yellowDaysFor(db, actor, s.sessionId, today);
  const scope = statsScope(actor, s);
  const rows = unitRows(actor, s.unitId);
  const figures = await queryRows<Omit<UnitPerformance, 'onTimeRate' | 'lights'>>(
    db,
    sql`
    select o.id as "unitId", o.name as "unitName", o.is_government as "isGovernment",
      count(distinct items.id) filter (where t.role in ('lead','split'))::int as "leadItems",
      count(distinct items.id) filter (where t.role = 'co')::int as "coItems",
      count(distinct items.id) filter (where t.role = 'reference')::int as "referenceItems",
      count(distinct items.id) filter (where f.first_sent is not null)::int as "replied",
      count(distinct items.id) filter (where f.first_sent <= items.reply_due)::int as "onTime"
    from items
    join tasks t on t.item_id = items.id and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })}
    join organizations o on o.id = t.unit_id
    left join lateral (
      select min(r.sent_on) as first_sent from replies r where r.task_id = t.id and r.round = 1 and r.state = 'sent'
    ) f on true
    where ${scope} and ${rows}
    group by o.id, o.name, o.is_government
    order by o.name`,
  );
  // Grouped by deadline, so the light is computed once per distinct date rather than once per item.
  const dues = await queryRows<{ unitId: number; due: string | null; done: boolean; n: number }>(
    db,
    sql`
    select t.unit_id as "unitId", items.current_due::text as "due",
      (${stateNotIn('items.state', DEADLINE_RUNNING_STATES)}) as "done",
      count(distinct items.id)::int as "n"
    from items
    join tasks t on t.item_id = items.id and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })}
    where ${scope} and ${rows}
    group by t.unit_id, items.current_due, 3`,
  );
  const lights = new Map<number, LightCounts>();
  for (const d of dues) {
    const { light } = computeLight({ due: d.due, today, yellowDays, done: d.done });
    if (light === 'none') continue;
    const c = lights.get(d.unitId) ?? { green: 0, yellow: 0, red: 0 };
    c[light] += d.n;
    lights.set(d.unitId, c);
  }
  return {
    yellowDays,
    units: figures.map((u) => ({
      ...u,
      onTimeRate: rate(u.onTime, u.replied),
      lights: lights.get(u.unitId) ?? { green: 0, yellow: 0, red: 0 },
    })),
  };
}

/**
 * Items per category (R-STAT-1 scope "category"): each item counts once,
 * under its top-level category (a sub-category rolls up into its parent, as
 * the category filter does); items without a category are counted apart.
 */
export async function queryCategoryCounts(db: Db, actor: Actor, s: StatsScope) {
  // The same rows as GET /api/statistics's category shares (one query for both).
  const rows = await queryCategoryShares(db, actor, s);
  return rows.map((r) => ({ categoryId: r.categoryId, name: r.name, items: r.count }));
}
