/** The county dashboard (R-TOWN-1): completion by township and by entry type, the overdue entries, the scores so far. */
import { and, eq, sql } from 'drizzle-orm';
import { ENTRY_TYPE_LABELS, ENTRY_TYPES } from '../../../domain/checklists/checklists';
import { ASSESSMENT_STATE_LABELS, type AssessmentState } from '../../../domain/checklists/scoring';
import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import { forbidden } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { checklistScope, townshipsOf } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { checklists } from '../../db/schema';
import { assessmentOf, scoreTable } from './assessment';
import { countsOf, reportRows } from './report-rows';

/** GET /api/checklists/overview?year= — the county's offices and leaders. */
export async function checklistOverview(db: Db, actor: Actor, q: { year?: number }, now?: Date) {
  const scope = await checklistScope(db, actor);
  if (scope.townshipId !== null) throw forbidden();
  const today = todayInShanghai(now);
  const years = (
    await db
      .selectDistinct({ year: checklists.year })
      .from(checklists)
      .where(and(eq(checklists.congressId, scope.countyId), eq(checklists.state, 'issued')))
  ).map((r) => r.year);
  const all = [...new Set([yearOf(today), ...years])].sort((a, b) => b - a);
  const year = q.year ?? all[0];
  const { rows, yellowDays } = await reportRows(db, scope, { year }, { now });
  const townships = await townshipsOf(db, scope.countyId);
  const [{ n }] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from checklists where congress_id = ${scope.countyId} and year = ${year} and state = 'issued'`,
  );
  const a = await assessmentOf(db, scope.countyId, year);
  const scores = a ? await scoreTable(db, a, townships, today) : null;
  return {
    year,
    years: all,
    checklists: n,
    total: countsOf(rows),
    townships: townships.map((t) => ({ township: t, ...countsOf(rows.filter((r) => r.township.id === t.id)) })),
    byType: ENTRY_TYPES.map((type) => ({ type, typeLabel: ENTRY_TYPE_LABELS[type], ...countsOf(rows.filter((r) => r.entryType === type)) })),
    overdue: rows.filter((r) => r.light === 'red').slice(0, 100),
    scores:
      a && scores
        ? { stateLabel: ASSESSMENT_STATE_LABELS[a.state as AssessmentState], rows: scores.map((s) => ({ township: s.township, total: s.total, rank: s.rank })) }
        : null,
    yellowDays,
  };
}
