/**
 * Which session and scope a report may be of (R-STAT-3), shared by reading
 * a report (queries/reports.ts) and saving its draft (usecases/reports/):
 * those of the actor's congress; unknown or foreign ids are not found.
 */
import { and, eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../domain/errors';
import { parseScope, type ReportScope } from '../../domain/reports/report-text';
import type { Db } from '../db/client';
import { categories, organizations, sessions } from '../db/schema';
import type { StatsScope } from '../queries/statistics/figures';
import type { Actor } from './actor';

export interface ResolvedScope {
  scope: ReportScope;
  key: string;
  /** 省教育厅 · 教育类 · 长沙市代表团; empty for the whole congress */
  label: string;
  /** the words the basic situation opens with after the session's name */
  subject: string;
  stats: StatsScope;
}

function congressOf(actor: Actor): number {
  if (!actor.congressId) throw forbidden('noCongress');
  return actor.congressId;
}

export async function sessionOf(db: Db, actor: Actor, sessionId: number) {
  const [s] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.congressId, congressOf(actor))));
  if (!s) throw notFound('会次');
  return s;
}

/** A scope key of the actor's congress, with its name; unknown or foreign ids are not found. */
export async function resolveScope(db: Db, actor: Actor, sessionId: number, key: string): Promise<ResolvedScope> {
  const scope = parseScope(key);
  if (!scope) throw notFound('报告范围');
  const congressId = congressOf(actor);
  if (scope.type === 'all') return { scope, key, label: '', subject: '', stats: { sessionId } };
  if (scope.type === 'category') {
    const [c] = await db
      .select()
      .from(categories)
      .where(and(eq(categories.id, scope.id), eq(categories.congressId, congressId)));
    if (!c) throw notFound('类别');
    return { scope, key, label: `${c.name}类`, subject: `${c.name}类`, stats: { sessionId, categoryId: c.id } };
  }
  // A CPPCC committee's units are the congress's beside it, its members sit in sectors (界别), not delegations (§8).
  const cppcc = actor.body === 'cppcc';
  const kind = scope.type === 'unit' ? 'unit' : cppcc ? 'sector' : 'delegation';
  const owner = scope.type === 'unit' ? (actor.unitsCongressId ?? congressId) : congressId;
  const [o] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, scope.id), eq(organizations.congressId, owner), eq(organizations.kind, kind)));
  if (!o) throw notFound(scope.type === 'unit' ? '承办单位' : cppcc ? '界别' : '代表团');
  return scope.type === 'unit'
    ? { scope, key, label: o.name, subject: `交由${o.name}承办的`, stats: { sessionId, unitId: o.id } }
    : { scope, key, label: o.name, subject: `${o.name}提出的`, stats: { sessionId, delegationId: o.id } };
}
