/** The points rulebook of a congress's year (R-LINE-4, seed 002): its own, else domain/duty's default. */
import { and, eq } from 'drizzle-orm';
import { COUNTED_DUTY_KINDS, DEFAULT_POINT_RULES, DUTY_KIND_LABELS, type PointRule } from '../../../domain/duty/duty';
import { mayEditDutyRules } from '../../../domain/duty/permissions';
import { completeRules } from '../../../domain/duty/standing';
import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import type { Actor } from '../../auth/actor';
import { dutyScope } from '../../auth/duty-scope';
import type { Db } from '../../db/client';
import { dutyPointRules } from '../../db/schema';

export interface PointRulebook {
  rules: PointRule[];
  version: number | null;
  isDefault: boolean;
  updatedAt: Date | null;
}

export async function loadPointRules(db: Db, congressId: number, year: number): Promise<PointRulebook> {
  const [row] = await db
    .select()
    .from(dutyPointRules)
    .where(and(eq(dutyPointRules.congressId, congressId), eq(dutyPointRules.year, year)));
  if (!row) return { rules: completeRules(DEFAULT_POINT_RULES), version: null, isDefault: true, updatedAt: null };
  return { rules: completeRules(row.rules), version: row.version, isDefault: false, updatedAt: row.updatedAt };
}

/** The rulebook's lines as the pages show them: each duty's name and whether the system counts it. */
export const ruleLines = (rules: readonly PointRule[]) =>
  rules.map((r) => ({ kind: r.kind, label: DUTY_KIND_LABELS[r.kind], points: r.points, cap: r.cap, counted: COUNTED_DUTY_KINDS.includes(r.kind) }));

/** The year a request means: the one asked for, else this year (Asia/Shanghai). */
export const dutyYearOf = (year: number | undefined, now?: Date): number => year ?? yearOf(todayInShanghai(now));

/** GET /api/duty/point-rules?year= */
export async function getPointRules(db: Db, actor: Actor, q: { year?: number }, now?: Date) {
  const scope = dutyScope(actor);
  const year = dutyYearOf(q.year, now);
  const book = await loadPointRules(db, scope.congressId, year);
  return {
    year,
    rules: ruleLines(book.rules),
    version: book.version,
    isDefault: book.isDefault,
    updatedAt: book.updatedAt,
    mayEdit: mayEditDutyRules(actor.role),
  };
}
