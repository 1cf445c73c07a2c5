import { z } from 'zod';
import { EDIT_LOCK_KINDS } from '../collaboration/edit-locks';
import { timestamp } from './common';

/** Answers of soft edit locks and internal notes (server/routes/collaboration.ts, issue 13 §9). */

/** A live edit lock: who holds it and since when, and when it lapses without a heartbeat. */
export const editLock = z.object({
  what: z.enum(EDIT_LOCK_KINDS),
  holderUserId: z.number(),
  holderName: z.string(),
  acquiredAt: timestamp,
  heartbeatAt: timestamp,
  expiresAt: timestamp,
  /** whether the current user holds it */
  mine: z.boolean(),
});

/**
 * PUT /api/items/:itemId/edit-locks/:what — `acquired` (free, or lapsed), `renewed` (one's own),
 * `takenOver` (from another holder, who was told), or `heldByOther` (nothing changed: `lock` names the holder).
 */
export const editLockAnswer = z.object({
  status: z.enum(['acquired', 'renewed', 'takenOver', 'heldByOther']),
  lock: editLock,
});

/** GET /api/items/:itemId/edit-locks — the live locks the user could contend for (a unit's staff: their unit's reply draft; the offices: the assignment plan). */
export const editLocksAnswer = z.array(editLock);

/** DELETE /api/items/:itemId/edit-locks/:what — whether the user held it (releasing another's or no lock changes nothing). */
export const releaseEditLockAnswer = z.object({ released: z.boolean() });

/** An internal note, as its organization's staff see it. */
export const itemNote = z.object({
  id: z.number(),
  body: z.string(),
  authorUserId: z.number(),
  authorName: z.string(),
  createdAt: timestamp,
  version: z.number(),
  /** whether the current user wrote it (and so may delete it) */
  mine: z.boolean(),
});

/** GET /api/items/:itemId/notes — the notes of the user's own organization on the item, oldest first. */
export const itemNotesAnswer = z.object({
  /** the organization whose staff alone see these notes */
  organizationName: z.string(),
  notes: z.array(itemNote),
});
