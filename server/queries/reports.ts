import { and, eq, sql } from 'drizzle-orm';
import { fullOfficeName, fullSessionName } from '../../domain/documents/full-names';
import { domainError } from '../../domain/errors';
import type { StreamKind } from '../../domain/documents/stream-words';
import { ANSWERED_ITEM_STATES, INACTIVE_TASK_STATES, UNACCEPTED_ITEM_STATES } from '../../domain/items/states';
import {
  basicSituationText,
  bothStreamsText,
  prefillSections,
  REPORT_KINDS,
  REPORT_SECTIONS,
  REPORT_WORDS,
  reportKindLabel,
  UNIT_ANALYSIS_MIN_ITEMS,
  type HandlingFigures,
  type ReportKind,
  type ReportSections,
  type StreamFigures,
} from '../../domain/reports/report-text';
import type { Actor } from '../auth/actor';
import { resolveScope, sessionOf, type ResolvedScope } from '../auth/report-scope';
import { queryRows, type Db } from '../db/client';
import { stateIn, stateNotIn } from '../db/state-sql';
import { categories, organizations, reportDrafts, sessions, users } from '../db/schema';
import { congressNameOf } from './full-names';
import { queryStatistics, statsScope, type StatsScope } from './statistics/figures';

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
  // A unit's scope leaves out what concerns the office's whole intake: what it received and registered, the
  // assignment rate, the lead units and the routing split; a category's, the categories' shares.
  const whole = !s.unitId;
  const figures: HandlingFigures = {
    items: stats.items,
    replied: stats.replied,
    replyRate: stats.replyRate,
    classScheme: stats.classScheme,
    resultClasses: stats.resultClasses,
    evaluations: stats.evaluations,
    firstRound: stats.firstRound,
    contacts: stats.contacts,
    contactRate: stats.contactRate,
    units: x.units,
    closed: stats.closed,
    closeRate: stats.closeRate,
    dates: stats.dates,
    ...(whole
      ? { intake: stats.intake, assigned: stats.assigned, assignmentRate: stats.assignmentRate, leadUnits: stats.units.lead, routing: stats.routing }
      : {}),
    ...(s.categoryId ? {} : { categories: stats.categories }),
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

/**
 * A report's title in its body's words (§8): 关于政协湖南省第十三届委员会第三次会议提案办理情况的报告 for the proposal
 * committee; the government office's report of both streams is of a year (关于2025年代表建议和政协提案办理情况的报告).
 */
export function defaultTitle(kind: ReportKind, sessionName: string, label: string, stream: StreamKind = 'suggestion', bothOfYear?: number): string {
  const w = REPORT_WORDS[stream];
  switch (kind) {
    case 'handlingReport':
      if (bothOfYear) return `关于${bothOfYear}年${label}代表建议和政协提案办理情况的报告`;
      return `关于${sessionName}${label}${w.subject}办理情况的报告`;
    case 'keyItemsReport':
      return `关于${sessionName}${label}重点督办${w.item}办理情况的报告`;
    case 'unitAnalysis':
      return `${label}关于${sessionName}${w.items}办理工作的综合分析报告`;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The stream a body's reports speak of: a CPPCC committee's (the proposal committee's) proposals, a congress's suggestions. */
const streamOf = (actor: Actor): StreamKind => (actor.body === 'cppcc' ? 'proposal' : 'suggestion');

/**
 * The proposals beside a government office's suggestions (seed 004: one government office handles both): for
 * its annual handling report of the whole congress or of one unit, the CPPCC committee beside its congress and
 * that committee's session of the same year — its figures read as the office's scope holds them (itemScope:
 * the office's bodies), narrowed to that session — and the items of either kind a higher level handed down to
 * the congress that year (R-ASSIGN-4). Null when the report is of one stream.
 */
async function proposalsBeside(db: Db, actor: Actor, kind: ReportKind, session: { congressId: number; year: number }, scope: ResolvedScope) {
  if (kind !== 'handlingReport' || actor.role !== 'governmentOffice' || actor.body !== 'congress') return null;
  if (scope.scope.type !== 'all' && scope.scope.type !== 'unit') return null;
  const [beside] = await queryRows<{ congress_id: number; congress: string; session_id: number; session: string }>(
    db,
    sql`select c.id as congress_id, c.name as congress, s.id as session_id, s.name as session from congresses c join sessions s on s.congress_id = c.id
        where c.beside_id = ${session.congressId} and c.body = 'cppcc' and s.year = ${session.year} order by s.id desc limit 1`,
  );
  if (!beside) return null;
  const reader: Actor = { ...actor, congressId: beside.congress_id };
  const { figures } = await reportFigures(db, reader, { sessionId: beside.session_id, unitId: scope.stats.unitId });
  const unit = scope.stats.unitId
    ? sql`and exists (select 1 from tasks t where t.item_id = i.id and t.unit_id = ${scope.stats.unitId} and t.state <> 'withdrawn')`
    : sql``;
  const down = await queryRows<{ kind: string; n: number }>(
    db,
    sql`select i.kind, count(*)::int as n from items i join sessions s on s.id = i.session_id
        where i.handled_by_congress_id = ${session.congressId} and s.year = ${session.year} and ${stateNotIn('i.state', UNACCEPTED_ITEM_STATES)} ${unit}
        group by i.kind`,
  );
  const handedDown = Object.fromEntries(down.filter((d) => d.kind === 'suggestion' || d.kind === 'proposal').map((d) => [d.kind, d.n])) as Partial<
    Record<StreamKind, number>
  >;
  return { sessionFullName: fullSessionName(beside.congress, beside.session), figures, handedDown };
}

/**
 * One report as the editor sees it (R-STAT-3): the computed basic situation,
 * the sections as saved (or prefilled from the data when never saved), the
 * draft's version for the next save. A unit analysis needs a unit scope and
 * says whether it is required (≥ 20 items). A CPPCC committee's reports speak of
 * 提案 and 委员 (§8); the government office's annual report covers both streams.
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
  const stream = streamOf(actor);
  const words = REPORT_WORDS[stream];
  const { figures, facts, stats } = await reportFigures(db, actor, scope.stats);
  const prefill = prefillSections(q.kind, facts, stream);
  // The reporting office: the proposal committee of a CPPCC committee, the government office, the liaison office.
  const issuerKind = stream === 'proposal' ? 'cppccCommittee' : actor.role === 'governmentOffice' ? 'governmentOffice' : 'liaisonOffice';
  const [issuerOrg] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.congressId, session.congressId), eq(organizations.kind, issuerKind)));
  // Reports name the session and the issuing office in full (湖南省第十四届人民代表大会第三次会议, 湖南省人民政府办公厅).
  const congress = await congressNameOf(db, session.congressId);
  const sessionFull = fullSessionName(congress, session.name);
  const beside = await proposalsBeside(db, actor, q.kind, session, scope);
  const streams: StreamFigures[] = [
    { stream, sessionName: sessionFull, figures },
    ...(beside ? [{ stream: 'proposal' as const, sessionName: beside.sessionFullName, figures: beside.figures }] : []),
  ];
  const introOf = () => {
    if (q.kind === 'keyItemsReport') return `现将${sessionFull}${scope.subject}重点督办${words.item}的办理情况报告如下，请予审议。`;
    if (beside) return `现将${session.year}年${scope.label}承办代表建议和政协提案的办理情况报告如下，请予审议。`;
    return `现将${sessionFull}${scope.subject}${words.subject}的办理情况报告如下，请予审议。`;
  };
  const defaults: ReportSections = {
    addressee: beside ? '各位代表、各位委员' : words.addressee,
    issuer: scope.scope.type === 'unit' ? scope.label : issuerOrg ? fullOfficeName(congress, issuerOrg.name) : '',
    intro: introOf(),
    ...prefill,
  };
  const saved = row?.draft.sections ?? {};
  const unitItems = scope.scope.type === 'unit' ? await unitItemCount(db, scope.scope.id, q.sessionId) : null;
  return {
    kind: q.kind,
    kindLabel: reportKindLabel(q.kind, stream),
    sessionId: session.id,
    sessionName: session.name,
    sessionFullName: sessionFull,
    year: session.year,
    scope: scope.key,
    scopeLabel: scope.label,
    title: row?.draft.title ?? defaultTitle(q.kind, sessionFull, scope.label, stream, beside ? session.year : undefined),
    sectionDefs: REPORT_SECTIONS[q.kind],
    sections: { ...defaults, ...saved } as Required<ReportSections>,
    draft: row ? { id: row.draft.id, version: row.draft.version, updatedAt: row.draft.updatedAt, updatedByName: row.updatedByName } : null,
    basicSituation: beside
      ? bothStreamsText({ year: session.year, who: scope.label, subject: scope.subject, streams, handedDown: beside.handedDown })
      : basicSituationText(figures, { sessionName: sessionFull, subject: scope.subject, stream }),
    figures,
    /** each stream's figures: one, or the government office's suggestions and proposals */
    streams: streams.map((x) => ({ kind: x.stream, sessionFullName: x.sessionName, figures: x.figures })),
    statistics: stats,
    unitAnalysis: unitItems === null ? null : { items: unitItems, required: unitItems >= UNIT_ANALYSIS_MIN_ITEMS, minItems: UNIT_ANALYSIS_MIN_ITEMS },
  };
}
export type ReportView = Awaited<ReturnType<typeof getReport>>;

/**
 * The scopes a report may take in a session: units (with their item counts), categories, delegations — in a
 * CPPCC committee the units of the congress beside it and the sectors (界别) — with the report kinds and the
 * group named in the body's words.
 */
export async function listReportScopes(db: Db, actor: Actor, sessionId: number) {
  const session = await sessionOf(db, actor, sessionId);
  const stream = streamOf(actor);
  const unitsCongress = actor.unitsCongressId ?? session.congressId;
  const units = await queryRows<{ id: number; name: string; items: number }>(
    db,
    sql`
    select o.id, o.name,
      (select count(distinct t.item_id) from tasks t join items on items.id = t.item_id
        where t.unit_id = o.id and items.session_id = ${sessionId} and ${stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true })} and t.role in ('lead','split','co'))::int as items
    from organizations o where o.congress_id = ${unitsCongress} and o.kind = 'unit' and o.active order by o.name`,
  );
  const cats = await db
    .select({ id: categories.id, name: categories.name, parentId: categories.parentId })
    .from(categories)
    .where(eq(categories.congressId, session.congressId));
  const delegations = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.congressId, session.congressId), eq(organizations.kind, stream === 'proposal' ? 'sector' : 'delegation')));
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
    kindLabels: Object.fromEntries(REPORT_KINDS.map((k) => [k, reportKindLabel(k, stream)])) as Record<ReportKind, string>,
    /** 代表团 / 界别: what the delegation scope is called */
    groupLabel: stream === 'proposal' ? '界别' : '代表团',
    /** 建议 / 提案 */
    itemLabel: REPORT_WORDS[stream].item,
  };
}
