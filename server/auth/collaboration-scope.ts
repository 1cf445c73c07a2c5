/**
 * Who sees which edit locks and internal notes (deny by default), shared by reads
 * (queries/collaboration/) and writes (usecases/collaboration/). Both concern an item
 * the actor may see (itemScope); within it:
 * - an edit lock's scope is the actor's unit for its reply draft, the item for its assignment plan;
 * - internal notes belong to one organization (an office or a unit) and only its staff see them.
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { EDIT_LOCK_HOLDERS, type EditLockKind } from '../../domain/collaboration/edit-locks';
import { keepsNotes } from '../../domain/collaboration/notes';
import { forbidden } from '../../domain/errors';
import { isUnitRole, OFFICE_ROLES } from '../../domain/items/roles';
import { editLocks } from '../db/schema';
import type { Actor } from './actor';

const HOLDER_REASON = { replyDraft: 'replyDraftEditorsOnly', assignmentPlan: 'assignmentPlanEditorsOnly' } as const;

/** The scope of the lock `what` the actor may hold: their unit (reply draft) or null (the item's assignment plan); else 403. */
export function lockScopeOf(actor: Actor, what: EditLockKind): number | null {
  if (!EDIT_LOCK_HOLDERS[what].includes(actor.role)) throw forbidden(HOLDER_REASON[what]);
  if (what === 'assignmentPlan') return null;
  if (actor.organizationId === null) throw forbidden('noOrganization');
  return actor.organizationId;
}

/** The locks an actor sees on an item: a unit's staff their unit's reply draft, the offices the assignment plan. */
export function visibleLocks(actor: Actor): SQL {
  if (isUnitRole(actor.role) && actor.organizationId !== null) {
    return and(eq(editLocks.what, 'replyDraft'), eq(editLocks.scopeOrgId, actor.organizationId))!;
  }
  if (OFFICE_ROLES.includes(actor.role)) return eq(editLocks.what, 'assignmentPlan');
  return sql`false`;
}

/** The organization whose internal notes the actor writes and reads (their office or unit); else 403. */
export function noteOrganizationOf(actor: Actor): number {
  if (!keepsNotes(actor.role)) throw forbidden('internalNotesStaffOnly');
  if (actor.organizationId === null) throw forbidden('noOrganization');
  return actor.organizationId;
}

/** The one lock row of an item, kind and scope (null scope: the item's assignment plan). */
export function lockRow(itemId: number, what: EditLockKind, scopeOrgId: number | null): SQL {
  return and(
    eq(editLocks.itemId, itemId),
    eq(editLocks.what, what),
    scopeOrgId === null ? isNull(editLocks.scopeOrgId) : eq(editLocks.scopeOrgId, scopeOrgId),
  )!;
}
