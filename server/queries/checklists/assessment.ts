/**
 * A county's annual assessment of its townships as it stands (R-TOWN-1): the scheme, each township's
 * automatic scores (domain/checklists/scoring.ts: from the checklist results and the township's own
 * suggestions; kept as they were once finalized), the manual scores and adjustments, totals and ranking.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  ADJUSTMENT_KIND_LABELS,
  ASSESSMENT_STATE_LABELS,
  entriesScore,
  INDICATOR_KEYS,
  INDICATORS,
  rankByTotal,
  suggestionsScore,
  totalScore,
  type AdjustmentKind,
  type AssessmentState,
  type IndicatorKey,
  type SuggestionFigures,
} from '../../../domain/checklists/scoring';
import { todayInShanghai } from '../../../domain/deadlines';
import { forbidden } from '../../../domain/errors';
import { actorOf, type Actor } from '../../auth/actor';
import { checklistScope, townshipsOf, type Township } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { assessmentAdjustments, assessmentScores, townshipAssessments, type SchemeIndicator, type SchemeItem } from '../../db/schema';
import { queryStatistics } from '../statistics/figures';
import { isCountyOffice } from './checklists';
import { listEvents } from './events';

export type AssessmentRecord = typeof townshipAssessments.$inferSelect;

const SOURCE_LABELS = {
  entries: '按标注本指标的清单事项按期完成比例计分',
  suggestions: '按本乡镇代表建议答复率和满意率计分',
} as const;

/** The scheme as the pages show it: each indicator with its name and how it is scored. */
export function schemeView(s: { indicators: SchemeIndicator[]; bonusItems: SchemeItem[]; deductionItems: SchemeItem[]; bonusCap: number }) {
  return {
    indicators: INDICATOR_KEYS.map((key) => {
      const own = s.indicators.find((i) => i.key === key);
      return {
        key,
        label: INDICATORS[key].label,
        points: own?.points ?? 0,
        evidenceRule: own?.evidenceRule ?? INDICATORS[key].defaultEvidenceRule,
        sourceLabel: SOURCE_LABELS[INDICATORS[key].source],
      };
    }),
    bonusItems: s.bonusItems,
    deductionItems: s.deductionItems,
    bonusCap: s.bonusCap,
  };
}

/** The seed's scheme: every indicator at its default points, the usual bonus and deduction items. */
export const DEFAULT_SCHEME = {
  indicators: INDICATOR_KEYS.map((key) => ({ key, points: INDICATORS[key].defaultPoints, evidenceRule: INDICATORS[key].defaultEvidenceRule })),
  bonusItems: [
    { name: '经验被县级以上推介', points: 2, rule: '乡镇人大工作经验在县级以上会议交流或被县级以上刊物推介，每次加 1 分' },
    { name: '代表建议获评优秀', points: 2, rule: '乡镇人大代表建议被评为县级以上优秀建议，每件加 1 分' },
  ],
  deductionItems: [
    { name: '清单事项逾期未完成', points: 5, rule: '指导清单事项无正当理由逾期未完成，每项扣 0.5 分' },
    { name: '报送材料不实', points: 5, rule: '报送的落实情况或佐证材料与实际不符，每次扣 1 分' },
  ],
  bonusCap: 5,
};

/** The automatic scores of every township, from the year's checklist results (entries due by `today` or done) and suggestions. */
export async function autoScores(db: Db, countyId: number, year: number, townships: Township[], scheme: SchemeIndicator[], today: string) {
  const counts = await queryRows<{ township: number; indicator: IndicatorKey; entries: number; on_time: number }>(
    db,
    sql`select r.township_congress_id as township, e.indicator, count(*)::int as entries,
          count(*) filter (where r.status = 'done' and r.done_on <= e.due_on)::int as on_time
        from checklist_reports r join checklist_entries e on e.id = r.checklist_entry_id join checklists c on c.id = r.checklist_id
        where r.congress_id = ${countyId} and c.year = ${year} and c.state = 'issued' and e.indicator is not null
          and (e.due_on < ${today}::date or r.status = 'done')
        group by 1, 2`,
  );
  const out = new Map<number, Map<IndicatorKey, { auto: number | null; basis: string }>>();
  for (const t of townships) {
    const byKey = new Map<IndicatorKey, { auto: number | null; basis: string }>();
    let figures: SuggestionFigures | null = null;
    for (const key of INDICATOR_KEYS) {
      const points = scheme.find((i) => i.key === key)?.points ?? 0;
      if (INDICATORS[key].source === 'suggestions') {
        figures ??= await suggestionFigures(db, t.id, year);
        const auto = suggestionsScore(figures, points);
        byKey.set(key, {
          auto,
          basis:
            auto === null
              ? '本年度无交办的代表建议，须人工评分'
              : `答复 ${figures.replied}/${figures.assigned} 件，满意和基本满意 ${figures.satisfied}/${figures.evaluated} 件`,
        });
      } else {
        const c = counts.find((x) => x.township === t.id && x.indicator === key) ?? { entries: 0, on_time: 0 };
        const auto = entriesScore({ entries: c.entries, onTime: c.on_time }, points);
        byKey.set(key, { auto, basis: auto === null ? '无计入本指标的到期事项，须人工评分' : `按期完成 ${c.on_time}/${c.entries} 项` });
      }
    }
    out.set(t.id, byKey);
  }
  return out;
}

/** A township congress's own suggestions of the year, as its own supervisor's statistics count them. */
async function suggestionFigures(db: Db, townshipId: number, year: number): Promise<SuggestionFigures> {
  const reader: Actor = actorOf({ userId: 0, username: '', name: '', role: 'supervisor', congressId: townshipId, organizationId: null, deputyId: null });
  const f = await queryStatistics(db, reader, { year });
  const satisfied = f.evaluations.satisfied.count + f.evaluations.basicallySatisfied.count;
  return { assigned: f.assigned, replied: f.replied, satisfied, evaluated: satisfied + f.evaluations.dissatisfied.count };
}

/** The year's assessment record of a county, or null. */
export async function assessmentOf(db: Db, countyId: number, year: number): Promise<AssessmentRecord | null> {
  const [a] = await db
    .select()
    .from(townshipAssessments)
    .where(and(eq(townshipAssessments.congressId, countyId), eq(townshipAssessments.year, year)));
  return a ?? null;
}

/** Every township's scores, totals and rank under a year's assessment (ranked, best first). */
export async function scoreTable(db: Db, a: AssessmentRecord, townships: Township[], today: string) {
  const live = a.state === 'draft' ? await autoScores(db, a.congressId, a.year, townships, a.indicators, today) : null;
  const stored = await db.select().from(assessmentScores).where(eq(assessmentScores.assessmentId, a.id));
  const adjustments = await db.select().from(assessmentAdjustments).where(eq(assessmentAdjustments.assessmentId, a.id)).orderBy(asc(assessmentAdjustments.id));
  const rows = townships.map((t) => {
    const indicators = INDICATOR_KEYS.map((key) => {
      const s = stored.find((x) => x.townshipCongressId === t.id && x.indicator === key);
      const auto = live ? (live.get(t.id)?.get(key)?.auto ?? null) : (s?.autoPoints ?? null);
      const basis = live ? (live.get(t.id)?.get(key)?.basis ?? '') : (s?.autoBasis ?? '');
      const manual = s?.manualPoints ?? null;
      return { key, auto, manual, reason: s?.reason ?? null, counted: manual ?? auto ?? 0, basis };
    });
    const own = adjustments.filter((x) => x.townshipCongressId === t.id);
    const totals = totalScore({
      indicators,
      bonuses: own.filter((x) => x.kind === 'bonus').map((x) => x.points),
      deductions: own.filter((x) => x.kind === 'deduction').map((x) => x.points),
      bonusCap: a.bonusCap,
    });
    return {
      township: t,
      indicators,
      adjustments: own.map((x) => ({
        id: x.id,
        kind: x.kind,
        kindLabel: ADJUSTMENT_KIND_LABELS[x.kind as AdjustmentKind],
        item: x.item,
        points: x.points,
        reason: x.reason,
        createdByName: x.createdByName,
        createdAt: x.createdAt,
      })),
      indicatorTotal: totals.indicators,
      bonus: totals.bonus,
      deduction: totals.deduction,
      total: totals.total,
    };
  });
  return rankByTotal(rows);
}

/** GET /api/assessments/:year — the county's offices and leaders. */
export async function getAssessment(db: Db, actor: Actor, year: number, now?: Date) {
  const scope = await checklistScope(db, actor);
  if (scope.townshipId !== null) throw forbidden();
  const a = await assessmentOf(db, scope.countyId, year);
  const office = await isCountyOffice(db, actor);
  const defaults = schemeView(DEFAULT_SCHEME);
  if (!a) {
    return {
      year,
      state: null,
      stateLabel: '尚未制定考核方案',
      version: null,
      scheme: null,
      defaults,
      rows: [],
      events: [],
      mayEdit: office,
      finalizedAt: null,
    };
  }
  const townships = await townshipsOf(db, scope.countyId);
  const rows = await scoreTable(db, a, townships, todayInShanghai(now));
  const events = await listEvents(
    db,
    scope.countyId,
    sql`e.type in ('saveAssessmentScheme','setAssessmentScore','addAssessmentAdjustment','removeAssessmentAdjustment','finalizeAssessment')
        and e.payload->>'year' = ${String(year)}`,
  );
  return {
    year,
    state: a.state as AssessmentState,
    stateLabel: ASSESSMENT_STATE_LABELS[a.state as AssessmentState],
    version: a.version,
    scheme: schemeView(a),
    defaults,
    rows,
    events,
    mayEdit: office && a.state === 'draft',
    finalizedAt: a.finalizedAt,
  };
}
