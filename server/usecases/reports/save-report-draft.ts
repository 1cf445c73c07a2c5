import { and, eq, sql } from 'drizzle-orm';
import { staleVersion } from '../../../domain/errors';
import type { ReportKind, ReportSections } from '../../../domain/reports/report-text';
import { reportDrafts } from '../../db/schema';
import { resolveScope, sessionOf } from '../../auth/report-scope';
import type { Ctx } from '../lib/run';

/**
 * R-STAT-3 saves the sections an editor writes for a report (per congress,
 * kind, session and scope). The first save creates the draft (a concurrent
 * first save loses with 409); later saves are a compare-and-set on the
 * version read, so a stale save answers 409 and never clobbers.
 */
export async function saveReportDraft(
  ctx: Ctx,
  o: { kind: ReportKind; sessionId: number; scope: string; version?: number; title?: string; sections: ReportSections },
) {
  const session = await sessionOf(ctx.db, ctx.actor, o.sessionId);
  const scope = await resolveScope(ctx.db, ctx.actor, o.sessionId, o.scope);
  const values = { sections: o.sections, title: o.title || null, updatedBy: ctx.actor.userId, updatedAt: ctx.now ?? new Date() };
  if (o.version === undefined) {
    const rows = await ctx.db
      .insert(reportDrafts)
      .values({ congressId: session.congressId, kind: o.kind, sessionId: o.sessionId, scopeKey: scope.key, ...values })
      .onConflictDoNothing()
      .returning();
    if (!rows.length) throw staleVersion();
    return rows[0];
  }
  const rows = await ctx.db
    .update(reportDrafts)
    .set({ ...values, version: sql`${reportDrafts.version} + 1` })
    .where(
      and(
        eq(reportDrafts.congressId, session.congressId),
        eq(reportDrafts.kind, o.kind),
        eq(reportDrafts.sessionId, o.sessionId),
        eq(reportDrafts.scopeKey, scope.key),
        eq(reportDrafts.version, o.version),
      ),
    )
    .returning();
  if (!rows.length) throw staleVersion();
  return rows[0];
}
