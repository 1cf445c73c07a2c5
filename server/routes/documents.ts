import { ITEM_READERS } from '../../domain/items/roles';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { id } from '../../domain/contracts/common';
import { replyLetter } from '../../domain/contracts/documents-answers';
import type { Actor, Policy } from '../auth/actor';
import { renderCoOpinionLetter, renderReplyLetter } from '../documents/reply-letter';
import { loadCoOpinionLetter, loadReplyLetter } from '../queries/letters';
import { fileAnswer, operations, type RouteEnv } from './define';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a .docx as a download: an ASCII fallback name for old clients, the Chinese one in filename* (RFC 6266/5987). */
export function sendDocx(reply: FastifyReply, buffer: Buffer, filename: string, fallback = 'document.docx') {
  reply.header('content-type', DOCX_TYPE);
  reply.header('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  return reply.send(buffer);
}

/** Who reads an item's replies (the item page's readers); each load narrows it to what the actor may see. */
const READERS: Policy = ITEM_READERS;
const NOT_DEPUTY: Policy = ['liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader', 'supervisor'];
const tags = ['文书'];

/** Word documents of an item (§6): reply letters and co-opinion letters in the GB/T 9704 layout; a reply letter's content as JSON for printing. */
export function documentRoutes(app: FastifyInstance, env: RouteEnv) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Files, not JSON: registered directly so the handler can set the download headers.
  r.get(
    '/api/items/:itemId/replies/:replyId/letter.docx',
    {
      config: { policy: READERS },
      schema: {
        operationId: 'downloadReplyLetter',
        summary: '下载答复函（Word，GB/T 9704 版式）',
        tags,
        params: z.object({ itemId: id, replyId: id }),
        response: { 200: fileAnswer(DOCX_TYPE, '答复函（Word 文档）') },
      },
    },
    async (req, reply) => {
      const { data, filename } = await loadReplyLetter(env.db, req.actor as Actor, req.params.itemId, req.params.replyId);
      return sendDocx(reply, await renderReplyLetter(data), filename, 'reply-letter.docx');
    },
  );
  // The same letter's content as JSON, for the workbench's print view (issue 13 §4): it prints what the Word file does.
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/items/:itemId/replies/:replyId/letter',
    operationId: 'getReplyLetter',
    summary: '答复函的内容（打印用，与 Word 版一致）',
    tags,
    policy: READERS,
    params: z.object({ itemId: id, replyId: id }),
    response: replyLetter,
    handler: async ({ actor, params }) => (await loadReplyLetter(env.db, actor, params.itemId, params.replyId)).data,
  });
  r.get(
    '/api/items/:itemId/co-opinions/:coOpinionId/letter.docx',
    {
      config: { policy: NOT_DEPUTY },
      schema: {
        operationId: 'downloadCoOpinionLetter',
        summary: '下载会办意见函（Word，GB/T 9704 版式）',
        tags,
        params: z.object({ itemId: id, coOpinionId: id }),
        response: { 200: fileAnswer(DOCX_TYPE, '会办意见函（Word 文档）') },
      },
    },
    async (req, reply) => {
      const { data, filename } = await loadCoOpinionLetter(env.db, req.actor as Actor, req.params.itemId, req.params.coOpinionId);
      return sendDocx(reply, await renderCoOpinionLetter(data), filename, 'co-opinion-letter.docx');
    },
  );
}
