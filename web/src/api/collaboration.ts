/** Soft edit locks and internal notes on an item (issue 13 §9): the calls of web/src/pages/collaboration/. */
import type { EditLockKind } from '../../../domain/collaboration/edit-locks';
import type { Answer } from '../../../domain/contracts/common';
import type * as a from '../../../domain/contracts/collaboration-answers';
import { request } from './client';

export type EditLock = Answer<typeof a.editLock>;
export type EditLockAnswer = Answer<typeof a.editLockAnswer>;
export type ItemNote = Answer<typeof a.itemNote>;
export type ItemNotes = Answer<typeof a.itemNotesAnswer>;
export type { EditLockKind };

const lockUrl = (itemId: number, what: EditLockKind) => `/api/items/${itemId}/edit-locks/${what}`;

export const collaboration = {
  /** Takes or renews the lock; `takeOver` takes it from another holder, who is told. */
  acquireLock: (itemId: number, what: EditLockKind, takeOver = false) => request<EditLockAnswer>('PUT', lockUrl(itemId, what), { body: { takeOver } }),
  releaseLock: (itemId: number, what: EditLockKind) => request<Answer<typeof a.releaseEditLockAnswer>>('DELETE', lockUrl(itemId, what)),
  listNotes: (itemId: number, signal?: AbortSignal) => request<ItemNotes>('GET', `/api/items/${itemId}/notes`, { signal }),
  addNote: (itemId: number, body: string) => request<ItemNote>('POST', `/api/items/${itemId}/notes`, { body: { body } }),
  deleteNote: (itemId: number, note: { id: number; version: number }) =>
    request<{ ok: true }>('DELETE', `/api/items/${itemId}/notes/${note.id}`, { query: { version: note.version } }),
};
