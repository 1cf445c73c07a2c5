import { z } from 'zod';
import { EDIT_LOCK_KINDS } from '../collaboration/edit-locks';
import { NOTE_MAX_LENGTH } from '../collaboration/notes';
import { id, text } from './common';

/** Requests of soft edit locks and internal notes (server/routes/collaboration.ts, issue 13 §9). */

export const editLockKind = z.enum(EDIT_LOCK_KINDS);

/** /api/items/:itemId/edit-locks/:what — a unit's reply draft or the item's assignment plan. */
export const editLockParams = z.object({ itemId: id, what: editLockKind });

/**
 * PUT /api/items/:itemId/edit-locks/:what — take the lock, or renew one's own (the heartbeat);
 * with `takeOver` take it from another holder, who is told.
 */
export const acquireEditLockBody = z.object({ takeOver: z.boolean().default(false) });

/** POST /api/items/:itemId/notes — an internal note, seen only by the author's organization. */
export const addItemNoteBody = z.object({ body: text(NOTE_MAX_LENGTH, '备注内容') });

export const itemNoteParams = z.object({ itemId: id, noteId: id });

/** DELETE /api/items/:itemId/notes/:noteId?version= — the version the user saw, when given, must still be the current one. */
export const deleteItemNoteQuery = z.object({ version: z.coerce.number().int().positive().max(2_147_483_647).optional() });
