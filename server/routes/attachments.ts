import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../domain/contracts/common';
import { notFound } from '../../domain/errors';
import type { Actor } from '../auth/actor';
import { attachments } from '../db/schema';
import { canSeeAttachment, readItem } from '../auth/item-scope';
import { fileAnswer, type RouteEnv } from './define';
import { sendStoredFile } from './stored-file';

/** Downloads an attachment of an item the actor may see. */
export function attachmentRoutes(app: FastifyInstance, env: RouteEnv) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/items/:itemId/attachments/:attachmentId',
    {
      config: { policy: ['deputy', 'delegationContact', 'liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader', 'supervisor'] },
      schema: {
        operationId: 'downloadAttachment',
        summary: '下载附件',
        tags: ['建议办理'],
        params: z.object({ itemId: id, attachmentId: id }),
        // Any type: the file goes out with the media type it was uploaded with.
        response: { 200: fileAnswer('*/*', '附件文件（按上传时的文件类型）') },
      },
    },
    async (req, reply) => {
      const item = await readItem(env.db, req.actor as Actor, req.params.itemId);
      const [a] = await env.db
        .select()
        .from(attachments)
        .where(and(eq(attachments.id, req.params.attachmentId), eq(attachments.itemId, item.id)));
      if (!a || !canSeeAttachment(req.actor as Actor, a.unitId)) throw notFound('附件');
      return sendStoredFile(reply, env.dataDir, a, '附件文件');
    },
  );
}

/** Streams a stored file with the media type and name it was uploaded with. */
