import type { Role } from '../items/roles';

/*
 * Soft edit locks (issue 13 §9): what they guard, who may hold them and how long they last —
 * one home for the route policies (server/routes/collaboration.ts), the use cases' checks
 * (server/usecases/collaboration/), the scope of the reads (server/auth/collaboration-scope.ts)
 * and the workbench's hook (web/src/pages/collaboration/useEditLock.ts). Deny by default.
 * Locks warn and record; the version check (409) still guards every write.
 */

/** What a soft edit lock guards: a unit's reply draft (per unit), the item's assignment plan (one per item). */
export const EDIT_LOCK_KINDS = ['replyDraft', 'assignmentPlan'] as const;
export type EditLockKind = (typeof EDIT_LOCK_KINDS)[number];

export const EDIT_LOCK_LABELS: Record<EditLockKind, string> = { replyDraft: '答复稿', assignmentPlan: '交办方案' };

/** Who edits (and so may hold the lock of) each: the staff who save a reply draft; the offices that assign. */
export const EDIT_LOCK_HOLDERS: Record<EditLockKind, readonly Role[]> = {
  replyDraft: ['unitOffice', 'unitHandler'],
  assignmentPlan: ['liaisonOffice', 'governmentOffice'],
};

/** Every role that may hold some lock: the routes' policy, and who may be told a lock was taken over. */
export const EDIT_LOCK_ROLES = ['unitOffice', 'unitHandler', 'liaisonOffice', 'governmentOffice'] as const satisfies readonly Role[];

/** Who sees the locks of an item they may see: a unit's staff their unit's reply draft (its leader too), the offices the assignment plan. */
export const EDIT_LOCK_READERS = ['unitOffice', 'unitHandler', 'unitLeader', 'liaisonOffice', 'governmentOffice'] as const satisfies readonly Role[];

/** Without a heartbeat for this long a lock lapses by itself; the form renews it every HEARTBEAT. */
export const EDIT_LOCK_TTL_MINUTES = 10;
export const EDIT_LOCK_HEARTBEAT_SECONDS = 60;

/** When a lock whose last heartbeat was at `heartbeatAt` lapses. */
export function lockExpiresAt(heartbeatAt: Date): Date {
  return new Date(heartbeatAt.getTime() + EDIT_LOCK_TTL_MINUTES * 60_000);
}

/** Whether the lock is still held at `now` (a heartbeat within the last EDIT_LOCK_TTL_MINUTES). */
export function lockIsLive(heartbeatAt: Date, now: Date): boolean {
  return lockExpiresAt(heartbeatAt).getTime() > now.getTime();
}

/** A lock as the API answers it: the holder, since when, and when it lapses without a heartbeat. */
export function lockView(l: { what: EditLockKind; holderUserId: number; acquiredAt: Date; heartbeatAt: Date }, holderName: string, viewerUserId: number) {
  return {
    what: l.what,
    holderUserId: l.holderUserId,
    holderName,
    acquiredAt: l.acquiredAt,
    heartbeatAt: l.heartbeatAt,
    expiresAt: lockExpiresAt(l.heartbeatAt),
    mine: l.holderUserId === viewerUserId,
  };
}
