import { z } from 'zod';
import { id, version } from './common';

/** Requests of a deputy's drafts (草稿, server/routes/suggestion-drafts.ts): kept before submitting, so the fields may be incomplete. */

const noNul = (s: string) => !s.includes('\u0000');

export const suggestionDraftBody = z
  .object({
    sessionId: id.nullish(),
    title: z.string().trim().max(200, '标题不能超过 200 个字符').refine(noNul, '标题含有无效字符').default(''),
    body: z.string().max(20_000, '正文不能超过 20000 个字符').refine(noNul, '正文含有无效字符').default(''),
    categoryId: id.nullish(),
    period: z.enum(['plenary', 'interim']).default('plenary'),
    cosignerDeputyIds: z.array(id).max(200).default([]),
  })
  .refine((d) => d.title.trim() !== '' || d.body.trim() !== '', { path: ['title'], message: '草稿至少要有标题或正文' });

export const updateSuggestionDraftBody = suggestionDraftBody.and(z.object({ version }));

export const suggestionDraftParams = z.object({ draftId: id });
export const deleteSuggestionDraftQuery = z.object({ version: z.coerce.number().int().positive().max(2_147_483_647) });
