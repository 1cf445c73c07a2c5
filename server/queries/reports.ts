import { and, eq, sql } from 'drizzle-orm';
import { fullOfficeName, fullSessionName } from '../../domain/documents/full-names';
import { domainError } from '../../domain/errors';
import { ANSWERED_ITEM_STATES, INACTIVE_TASK_STATES } from '../../domain/items/states';
import {
  basicSituationText,
  prefillSections,
  REPORT_KIND_LABELS,
  REPORT_SECTIONS,
  UNIT_ANALYSIS_MIN_ITEMS,
  type HandlingFigures,
  type ReportKind,
  type ReportSections,
} from '../../domain/reports/report-text';
import type { Actor } from '../auth/actor';
import { resolveScope, sessionOf } from '../auth/report-scope';
import { queryRows, type Db } from '../db/client';
import { stateIn, stateNotIn } from '../db/state-sql';
import { categories, organizations, reportDrafts, sessions, users } from '../db/schema';
import { congressNameOf } from './full-names';
import { queryStatistics, statsScope, type StatsScope } from './statistics';

export interface ReportRequest {
  kind: ReportKind;
  sessionId: number;
  scope: string;
}

/** The figures a report prints (R-STAT-1 via queryStatistics) and the facts its sections are prefilled from. */
export async function reportFigures(db: Db, actor: Actor, s: StatsScope) {
  const stats = await queryStatistics(db, actor, s);
  const w = statsScope(actor, s);
  const ownUnit = s.unitId ? sql`and t.unit_id = ${s.unitId}` : sql``;
  const [x] = await queryRows<{ units: number; key_supervised: number; key_replied: number; activities: number }>(
    db,
    sql`
    with scope as (select items.* from items where ${w})
    select
      (select count(distinct t.unit_id) from tasks t join scope on scope.id = t.item_id where ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} and t.role <> 'reference' ${ownUnit})::int as units,
      (select count(*) from key_supervisions ks join scope on scope.id = ks.item_id where ks.active)::int as key_supervised,
      (select count(*) from key_supervisions ks join scope on scope.id = ks.item_id where ks.active and ${stateIn('scope.state', ANSWERED_ITEM_STATES)})::int as key_replied,
      (select count(*) from supervision_activities a join key_supervisions ks on ks.id = a.key_supervision_id join scope on scope.id = ks.item_id where ks.active)::int as activities`,
  );
  const figures: HandlingFigures = {
    items: stats.items,
    replied: stats.replied,
    replyRate: stats.replyRate,
    resultClasses: stats.resultClasses,
    evaluations: stats.evaluations,
    contacts: stats.contacts,
    contactRate: stats.contactRate,
    units: x.units,
  };
  return {
    stats,
    figures,
    facts: {
      contacts: stats.contacts,
      faceToFaceRate: stats.faceToFaceRate,
      keySupervised: x.key_supervised,
      keyReplied: x.key_replied,
      supervisionActivities: x.activities,
      dissatisfied: stats.evaluations.dissatisfied.count,
      rehandled: stats.rehandled,
      commitments: stats.commitments,
      commitmentsStruckOff: stats.commitmentsStruckOff,
      onTimeRate: stats.onTimeRate,
    },
  };
}

/** How many items of the session a unit handles (lead, single, split or co): R-STAT-3 requires its analysis report from 20. */
export async function unitItemCount(db: Db, unitId: number, sessionId: number): Promise<number> {
  const [r] = await queryRows<{ n: number }>(
    db,
    sql`
    select count(distinct t.item_id)::int as n from tasks t join items on items.id = t.item_id
    where t.unit_id = ${unitId} and items.session_id = ${sessionId} and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} and t.role in ('lead','split','co')`,
  );
  return r.n;
}

export function defaultTitle(kind: ReportKind, sessionName: string, label: string): string {
  switch (kind) {
    case 'handlingReport':
      return `关于${sessionName}${label ? `${label}` : ''}代表建议、批评和意见办理情况的报告`;
    case 'keyItemsReport':
      return `关于${sessionName}${label ? `${label}` : ''}重点督办建议办理情况的报告`;
    case 'unitAnalysis':
      return `${label}关于${sessionName}代表建议办理工作的综合分析报告`;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * One report as the editor sees it (R-STAT-3): the computed basic situation,
 * the sections as saved (or prefilled from the data when never saved), the
 * draft's version for the next save. A unit analysis needs a unit scope and
 * says whether it is required (≥ 20 items).
 */
export async function getReport(db: Db, actor: Actor, q: ReportRequest) {
  const session = await sessionOf(db, actor, q.sessionId);
  const scope = await resolveScope(db, actor, q.sessionId, q.scope);
  if (q.kind === 'unitAnalysis' && scope.scope.type !== 'unit') throw domainError('UNIT_SCOPE_REQUIRED');
  const [row] = await db
    .select({ draft: reportDrafts, updatedByName: users.displayName })
    .from(reportDrafts)
    .leftJoin(users, eq(users.id, reportDrafts.updatedBy))
    .where(
      and(
        eq(reportDrafts.congressId, session.congressId),
        eq(reportDrafts.kind, q.kind),
        eq(reportDrafts.sessionId, q.sessionId),
        eq(reportDrafts.scopeKey, scope.key),
      ),
    );
  const { figures, facts, stats } = await reportFigures(db, actor, scope.stats);
  const prefill = prefillSections(q.kind, facts);
  const [issuerOrg] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(
      and(eq(organizations.congressId, session.congressId), eq(organizations.kind, actor.role === 'governmentOffice' ? 'governmentOffice' : 'liaisonOffice')),
    );
  // Reports name the session and the issuing office in full (湖南省第十四届人民代表大会第三次会议, 湖南省人民政府办公厅).
  const congress = await congressNameOf(db, session.congressId);
  const sessionFull = fullSessionName(congress, session.name);
  const defaults: ReportSections = {
    addressee: '各位代表',
    issuer: scope.scope.type === 'unit' ? scope.label : issuerOrg ? fullOfficeName(congress, issuerOrg.name) : '',
    intro:
      q.kind === 'keyItemsReport'
        ? `现将${sessionFull}${scope.subject}重点督办建议的办理情况报告如下，请予审议。`
        : `现将${sessionFull}${scope.subject}代表建议、批评和意见的办理情况报告如下，请予审议。`,
    ...prefill,
  };
  const saved = row?.draft.sections ?? {};
  const unitItems = scope.scope.type === 'unit' ? await unitItemCount(db, scope.scope.id, q.sessionId) : null;
  return {
    kind: q.kind,
    kindLabel: REPORT_KIND_LABELS[q.kind],
    sessionId: session.id,
    sessionName: session.name,
    sessionFullName: sessionFull,
    year: session.year,
    scope: scope.key,
    scopeLabel: scope.label,
    title: row?.draft.title ?? defaultTitle(q.kind, sessionFull, scope.label),
    sectionDefs: REPORT_SECTIONS[q.kind],
    sections: { ...defaults, ...saved } as Required<ReportSections>,
    draft: row ? { id: row.draft.id, version: row.draft.version, updatedAt: row.draft.updatedAt, updatedByName: row.updatedByName } : null,
    basicSituation: basicSituationText(figures, { sessionName: sessionFull, subject: scope.subject }),
    figures,
    statistics: stats,
    unitAnalysis: unitItems === null ? null : { items: unitItems, required: unitItems >= UNIT_ANALYSIS_MIN_ITEMS, minItems: UNIT_ANALYSIS_MIN_ITEMS },
  };
}
export type ReportView = Awaited<ReturnType<typeof getReport>>;

/** The scopes a report may take in a session: units (with their item counts), categories, delegations. */
export async function listReportScopes(db: Db, actor: Actor, sessionId: number) {
  const session = await sessionOf(db, actor, sessionId);
  const units = await queryRows<{ id: number; name: string; items: number }>(
    db,
    sql`
    select o.id, o.name,
      (select count(distinct t.item_id) from tasks t join items on items.id = t.item_id
        where t.unit_id = o.id and items.session_id = ${sessionId} and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} and t.role in ('lead','split','co'))::int as items
    from organizations o where o.congress_id = ${session.congressId} and o.kind = 'unit' and o.active order by o.name`,
  );
  const cats = await db
    .select({ id: categories.id, name: categories.name, parentId: categories.parentId })
    .from(categories)
    .where(eq(categories.congressId, session.congressId));
  const delegations = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.congressId, session.congressId), eq(organizations.kind, 'delegation')));
  const sessionsOf = await db
    .select({ id: sessions.id, name: sessions.name, code: sessions.code, year: sessions.year })
    .from(sessions)
    .where(eq(sessions.congressId, session.congressId));
  return {
    sessions: sessionsOf,
    units: units.map((u) => ({ ...u, analysisRequired: u.items >= UNIT_ANALYSIS_MIN_ITEMS })),
    categories: cats,
    delegations,
    unitAnalysisMinItems: UNIT_ANALYSIS_MIN_ITEMS,
  };
}
