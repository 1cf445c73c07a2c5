/**
 * GET /api/duty/deputies — the deputies the viewer sees with each one's records, points, targets short and
 * the seed's flag (R-DUTY-1, R-LINE-4), ranked by points among them all, then filtered (a delegation, short
 * of a target, not recommendable, a name). The ranking with the flag is the candidates list for 优秀代表 and
 * re-election.
 */
import { sql } from 'drizzle-orm';
import { DUTY_KIND_LABELS, type DutyKind } from '../../../domain/duty/duty';
import { mayEnterDuty } from '../../../domain/duty/permissions';
import { rankByPoints, standingOf, zeroCounts } from '../../../domain/duty/standing';
import type { Actor } from '../../auth/actor';
import { deputiesInScopeSql, dutyScope, type DutyDeputy, type DutyScope } from '../../auth/duty-scope';
import { queryRows, type Db } from '../../db/client';
import { dutyCounts, dutyYears } from './counts';
import { dutyYearOf, loadPointRules } from './rules';

export interface DutyListFilters {
  year?: number;
  delegationId?: number;
  short?: DutyKind;
  notRecommendable?: boolean;
  name?: string;
}

/** The scope's active deputies, by delegation and in the order they were registered. */
export async function scopeDeputies(db: Db, scope: DutyScope): Promise<DutyDeputy[]> {
  const rows = await queryRows<{ id: number; name: string; delegation_id: number | null; delegation_name: string | null }>(
    db,
    sql`select d.id, d.name, d.delegation_id, o.name as delegation_name
        from deputies d left join organizations o on o.id = d.delegation_id
        where ${deputiesInScopeSql(scope)} and d.active
        order by d.delegation_id nulls last, d.id`,
  );
  return rows.map((d) => ({ id: d.id, name: d.name, delegationId: d.delegation_id, delegationName: d.delegation_name }));
}

export async function listDutyDeputies(db: Db, actor: Actor, f: DutyListFilters, now?: Date) {
  const scope = dutyScope(actor);
  const year = dutyYearOf(f.year, now);
  const deputies = await scopeDeputies(db, scope);
  const counts = await dutyCounts(db, scope, year);
  const { rules } = await loadPointRules(db, scope.congressId, year);
  const all = rankByPoints(
    deputies.map((deputy) => {
      const s = standingOf(counts.get(deputy.id) ?? zeroCounts(), rules);
      return {
        deputy,
        counts: s.counts,
        pointsByKind: s.points.byKind,
        points: s.points.total,
        total: s.points.total,
        short: s.short,
        shortLabels: s.short.map((k) => DUTY_KIND_LABELS[k]),
        notRecommendable: s.notRecommendable,
      };
    }),
  );
  const name = f.name?.trim();
  const rows = all.filter(
    (r) =>
      (f.delegationId === undefined || r.deputy.delegationId === f.delegationId) &&
      (f.short === undefined || r.short.includes(f.short)) &&
      (f.notRecommendable === undefined || r.notRecommendable === f.notRecommendable) &&
      (!name || r.deputy.name.includes(name)),
  );
  const delegations = new Map<number, string>();
  for (const d of deputies) if (d.delegationId !== null) delegations.set(d.delegationId, d.delegationName ?? '');
  return {
    year,
    years: await dutyYears(db, scope.congressId, dutyYearOf(undefined, now)),
    rows,
    deputies,
    delegations: [...delegations].map(([id, name]) => ({ id, name })),
    totals: { deputies: all.length, short: all.filter((r) => r.short.length > 0).length, notRecommendable: all.filter((r) => r.notRecommendable).length },
    mayEnter: mayEnterDuty(actor.role),
    rules,
  };
}
