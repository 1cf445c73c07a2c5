import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { itemParams, okSchema } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/templates';
import * as a from '../../domain/contracts/templates-answers';
import { REPLY_PREVIEWERS, TEMPLATE_EDITORS, TEMPLATE_READERS } from '../../domain/templates/permissions';
import type { Actor } from '../auth/actor';
import { renderReplyLetter, replyLetterText } from '../documents/reply-letter';
import { fillTemplateForItem } from '../queries/templates/fill-template';
import { getTemplate, listTemplates } from '../queries/templates/list-templates';
import { loadReplyPreview } from '../queries/templates/reply-preview';
import { createTemplate } from '../usecases/templates/create-template';
import { deleteTemplate } from '../usecases/templates/delete-template';
import { updateTemplate } from '../usecases/templates/update-template';
import { fileAnswer, operations, type RouteEnv } from './define';
import { DOCX_TYPE, sendDocx } from './documents';

const tags = ['答复模板'];

/**
 * Reply templates and snippets with placeholders (a unit's own and the shared ones), filled for an item;
 * and the preview of a draft's reply letter exactly as it will print (.docx, and its text for the screen).
 */
export function templateRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/templates',
    operationId: 'listTemplates',
    summary: '可用的答复模板和常用段落（本单位的与共用的）',
    tags,
    policy: TEMPLATE_READERS,
    querystring: c.listTemplatesQuery,
    response: z.array(a.replyTemplate),
    handler: ({ ctx, query }) => listTemplates(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/templates',
    operationId: 'createTemplate',
    summary: '新建答复模板或常用段落（承办单位为本单位，联工委为共用）',
    tags,
    policy: TEMPLATE_EDITORS,
    body: c.createTemplateBody,
    response: a.replyTemplate,
    status: 201,
    handler: async ({ ctx, body }) => getTemplate(ctx.db, ctx.actor, (await createTemplate(ctx, body)).id),
  });
  on({
    method: 'PATCH',
    url: '/api/templates/:templateId',
    operationId: 'updateTemplate',
    summary: '修改答复模板（须提供所见版本）',
    tags,
    policy: TEMPLATE_EDITORS,
    params: c.templateParams,
    body: c.updateTemplateBody,
    response: a.replyTemplate,
    handler: async ({ ctx, params, body }) => getTemplate(ctx.db, ctx.actor, (await updateTemplate(ctx, { templateId: params.templateId, ...body })).id),
  });
  on({
    method: 'DELETE',
    url: '/api/templates/:templateId',
    operationId: 'deleteTemplate',
    summary: '删除答复模板',
    tags,
    policy: TEMPLATE_EDITORS,
    params: c.templateParams,
    querystring: c.deleteTemplateQuery,
    response: okSchema,
    handler: ({ ctx, params, query }) => deleteTemplate(ctx, { templateId: params.templateId, version: query.version }),
  });
  on({
    method: 'GET',
    url: '/api/items/:itemId/template-fill',
    operationId: 'fillTemplate',
    summary: '按本件信息填充答复模板（返回未能填充的占位符）',
    tags,
    policy: TEMPLATE_READERS,
    params: itemParams,
    querystring: c.templateFillQuery,
    response: a.templateFill,
    handler: ({ ctx, params, query }) => fillTemplateForItem(ctx.db, ctx.actor, { itemId: params.itemId, templateId: query.templateId }),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/reply-preview/text',
    operationId: 'previewReplyLetterText',
    summary: '答复函预览（逐项文字，与打印的 Word 文档一致）',
    tags,
    policy: REPLY_PREVIEWERS,
    params: itemParams,
    body: c.replyPreviewBody,
    response: a.replyLetterPreview,
    handler: async ({ ctx, params, body }) => replyLetterText((await loadReplyPreview(ctx.db, ctx.actor, params.itemId, body)).data),
  });

  // A file, not JSON: registered directly so the handler can set the download headers.
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/items/:itemId/reply-preview',
    {
      config: { policy: REPLY_PREVIEWERS },
      schema: {
        operationId: 'previewReplyLetter',
        summary: '答复函预览（Word，与发出时打印的版式一致）',
        tags,
        params: itemParams,
        body: c.replyPreviewBody,
        response: { 200: fileAnswer(DOCX_TYPE, '答复函预览（Word 文档）') },
      },
    },
    async (req, reply) => {
      const { data, filename } = await loadReplyPreview(env.db, req.actor as Actor, req.params.itemId, req.body);
      return sendDocx(reply, await renderReplyLetter(data), filename, 'reply-letter-preview.docx');
    },
  );
}
