/**
 * Reply templates and snippets (答复模板, 常用段落), filled for an item, and
 * the preview of a draft's reply letter: its text for the screen and the
 * .docx exactly as it will print (server/routes/templates.ts).
 */
import type { z } from 'zod';
import type { Answer } from '../../../domain/contracts/common';
import type { createTemplateBody, replyPreviewBody, updateTemplateBody } from '../../../domain/contracts/templates';
import type { replyLetterPreview, replyTemplate, templateFill } from '../../../domain/contracts/templates-answers';
import type { TemplateKind } from '../../../domain/templates/placeholders';
import { currentCsrfToken, request } from './client';
import { downloadFile } from './download';

export type ReplyTemplate = Answer<typeof replyTemplate>;
export type TemplateFill = Answer<typeof templateFill>;
export type ReplyLetterPreview = Answer<typeof replyLetterPreview>;
export type ReplyPreviewInput = z.input<typeof replyPreviewBody>;

export const templates = {
  list: (kind?: TemplateKind, signal?: AbortSignal) => request<ReplyTemplate[]>('GET', '/api/templates', { query: { kind }, signal }),
  create: (body: z.input<typeof createTemplateBody>) => request<ReplyTemplate>('POST', '/api/templates', { body }),
  update: (id: number, body: z.input<typeof updateTemplateBody>) => request<ReplyTemplate>('PATCH', `/api/templates/${id}`, { body }),
  remove: (id: number, version: number) => request<{ ok: true }>('DELETE', `/api/templates/${id}`, { query: { version } }),
  fill: (itemId: number, templateId: number) => request<TemplateFill>('GET', `/api/items/${itemId}/template-fill`, { query: { templateId } }),
  previewText: (itemId: number, body: ReplyPreviewInput) => request<ReplyLetterPreview>('POST', `/api/items/${itemId}/reply-preview/text`, { body }),
  /** Downloads the .docx preview, named by the server; a refusal comes back as an ApiError with its Chinese message. */
  downloadPreview: (itemId: number, body: ReplyPreviewInput): Promise<string> =>
    downloadFile(
      `/api/items/${itemId}/reply-preview`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': currentCsrfToken() ?? '' }, body: JSON.stringify(body) },
      '答复函（预览）.docx',
      '预览失败，请稍后重试',
    ),
};
