/** A deputy's drafts (草稿): GET/POST/PUT/DELETE /api/suggestion-drafts. */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type { suggestionDraftBody } from '../../../domain/contracts/suggestion-drafts';
import type { suggestionDraft } from '../../../domain/contracts/suggestion-drafts-answers';
import { request } from './client';

export type SuggestionDraft = Answer<typeof suggestionDraft>;
export type SuggestionDraftInput = z.input<typeof suggestionDraftBody>;

export const draftsApi = {
  list: (signal?: AbortSignal) => request<SuggestionDraft[]>('GET', '/api/suggestion-drafts', { signal }),
  create: (body: SuggestionDraftInput) => request<SuggestionDraft>('POST', '/api/suggestion-drafts', { body }),
  update: (id: number, body: SuggestionDraftInput & { version: number }) => request<SuggestionDraft>('PUT', `/api/suggestion-drafts/${id}`, { body }),
  remove: (id: number, version: number) => request<{ ok: true }>('DELETE', `/api/suggestion-drafts/${id}`, { query: { version } }),
};
