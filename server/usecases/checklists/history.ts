/**
 * What the checklists' use cases share (R-TOWN-1): the history (checklist_events), the notices to a
 * township's presidium, the compare-and-set of each row with a version, and the lock of an
 * assessed year.
 */
import { and, eq, sql } from 'drizzle-orm';
import { DomainError, domainError, fieldError, staleVersion } from '../../../domain/errors';
import { describeError } from '../../../domain/error-codes';
import type { ChecklistEventType } from '../../../domain/checklists/events';
import type { MessageType } from '../../notifications/templates';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { checklistEvents, checklistReports, checklists, townshipAssessments } from '../../db/schema';
import { notify } from '../lib/history';

export type ChecklistRow = typeof checklists.$inferSelect;
export type ReportRow = typeof checklistReports.$inferSelect;
export type AssessmentRow = typeof townshipAssessments.$inferSelect;

export interface ChecklistEventInput {
  countyId: number;
  type: ChecklistEventType;
  checklistId?: number | null;
  checklistReportId?: number | null;
  townshipId?: number | null;
  fromState?: string | null;
  toState?: string | null;
  payload?: Record<string, unknown>;
}

/** Appends one event (who, when, what, before/after) to the checklists' history; `when` is the context's clock. */
export async function appendChecklistEvent(tx: Db, ctx: { actor: Actor | null; now?: Date }, e: ChecklistEventInput): Promise<void> {
  await tx.insert(checklistEvents).values({
    congressId: e.countyId,
    checklistId: e.checklistId ?? null,
    checklistReportId: e.checklistReportId ?? null,
    townshipCongressId: e.townshipId ?? null,
    type: e.type,
    actorUserId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? 'system',
    actorName: ctx.actor?.name ?? '系统',
    at: ctx.now ?? new Date(),
    fromState: e.fromState ?? null,
    toState: e.toState ?? null,
    payload: e.payload ?? {},
  });
}

/**
 * A notice to every presidium account of a township (乡镇人大主席团): the users whose own place, or
 * one of whose memberships, is the township's presidium. One outbox row per account, so that the
 * message reaches exactly them (and no other role of the township).
 */
export async function notifyPresidium(
  tx: Db,
  townshipId: number,
  n: { type: MessageType; payload: Record<string, unknown>; dedupeKey?: string },
): Promise<number> {
  const users = await queryRows<{ id: number }>(
    tx,
    sql`select id from users where role = 'townshipPresidium' and congress_id = ${townshipId} and disabled_at is null
        union
        select m.user_id from user_memberships m join users u on u.id = m.user_id
        where m.role = 'townshipPresidium' and m.congress_id = ${townshipId} and u.disabled_at is null
        order by 1`,
  );
  let sent = 0;
  for (const u of users) {
    const ok = await notify(tx, {
      type: n.type,
      congressId: townshipId,
      recipientUserId: u.id,
      payload: n.payload,
      dedupeKey: n.dedupeKey ? `${n.dedupeKey}:u${u.id}` : undefined,
    });
    if (ok) sent++;
  }
  return sent;
}

/** Compare-and-set on a checklist: applies only if the version and state are still what the caller saw. */
export async function casChecklist(tx: Db, row: ChecklistRow, expectedVersion: number, patch: Partial<typeof checklists.$inferInsert>): Promise<ChecklistRow> {
  const [out] = await tx
    .update(checklists)
    .set({ ...patch, version: sql`${checklists.version} + 1` })
    .where(and(eq(checklists.id, row.id), eq(checklists.version, expectedVersion), eq(checklists.state, row.state)))
    .returning();
  if (!out) throw staleVersion();
  return out;
}

/** Compare-and-set on a township's report row. */
export async function casReport(tx: Db, row: ReportRow, expectedVersion: number, patch: Partial<typeof checklistReports.$inferInsert>): Promise<ReportRow> {
  const [out] = await tx
    .update(checklistReports)
    .set({ ...patch, version: sql`${checklistReports.version} + 1` })
    .where(and(eq(checklistReports.id, row.id), eq(checklistReports.version, expectedVersion), eq(checklistReports.status, row.status)))
    .returning();
  if (!out) throw staleVersion();
  return out;
}

/** Compare-and-set on a year's assessment: every change of its scheme, scores or adjustments bumps its version. */
export async function casAssessment(
  tx: Db,
  row: AssessmentRow,
  expectedVersion: number,
  patch: Partial<typeof townshipAssessments.$inferInsert> = {},
  now: Date = new Date(),
): Promise<AssessmentRow> {
  const [out] = await tx
    .update(townshipAssessments)
    .set({ ...patch, version: sql`${townshipAssessments.version} + 1`, updatedAt: now })
    .where(and(eq(townshipAssessments.id, row.id), eq(townshipAssessments.version, expectedVersion), eq(townshipAssessments.state, row.state)))
    .returning();
  if (!out) throw staleVersion();
  return out;
}

/** Refuses a change of a year's report rows or evidence once that year's assessment is finalized. */
export async function assertYearOpen(tx: Db, countyId: number, year: number): Promise<void> {
  const [a] = await tx
    .select({ state: townshipAssessments.state })
    .from(townshipAssessments)
    .where(and(eq(townshipAssessments.congressId, countyId), eq(townshipAssessments.year, year)));
  if (a?.state === 'finalized') throw domainError('CHECKLIST_YEAR_ASSESSED', { year });
}

/** The given townships, each a township of the county, else UNKNOWN_TOWNSHIP beside `field`. */
export function checkTownships(ids: readonly number[], known: readonly { id: number }[], field = 'townshipIds'): void {
  const ok = new Set(known.map((t) => t.id));
  if (ids.some((id) => !ok.has(id))) throw fieldError('UNKNOWN_TOWNSHIP', field);
}

/** UNKNOWN_ENTRY of this variant, its message beside `field`. */
export function unknownEntry(variant: 'visit' | 'experience', field: string): DomainError {
  return domainError('UNKNOWN_ENTRY', { variant }, [{ field, message: describeError('UNKNOWN_ENTRY', { variant }).message }]);
}

/** The year's assessment of the county, locked FOR UPDATE; ASSESSMENT_NOT_SET_UP when there is none. */
export async function lockAssessment(tx: Db, countyId: number, year: number): Promise<AssessmentRow> {
  const [a] = await tx
    .select()
    .from(townshipAssessments)
    .where(and(eq(townshipAssessments.congressId, countyId), eq(townshipAssessments.year, year)))
    .for('update');
  if (!a) throw domainError('ASSESSMENT_NOT_SET_UP', { year });
  return a;
}

/** POINTS_OUT_OF_RANGE (0 … max) beside `field`. */
export function pointsOutOfRange(max: number, field: string): DomainError {
  return domainError('POINTS_OUT_OF_RANGE', { max }, [{ field, message: describeError('POINTS_OUT_OF_RANGE', { max }).message }]);
}
