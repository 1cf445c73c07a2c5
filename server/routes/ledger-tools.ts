import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/ledger-tools';
import * as a from '../../domain/contracts/ledger-tools-answers';
import type { Actor } from '../auth/actor';
import { exportLedger } from '../queries/ledger-export';
import { listSavedViews, savedViewAnswer } from '../queries/saved-views';
import { createSavedView } from '../usecases/ledger-tools/create-saved-view';
import { deleteSavedView } from '../usecases/ledger-tools/delete-saved-view';
import { updateSavedView } from '../usecases/ledger-tools/update-saved-view';
import { XLSX_MIME } from '../documents/import-sheet';
import { fileAnswer, operation, type RouteEnv } from './define';
import { sendXlsx } from './xlsx-download';

/** Everyone who reads the ledger (the same READERS as GET /api/items). */
const READERS = ['deputy', 'delegationContact', 'liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader', 'supervisor'] as const;
const tags = ['台账工具'];

/** The ledger's tools: saved filters (per user, on the server) and the .xlsx export of the current view. */
export function ledgerToolRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, {
    method: 'GET',
    url: '/api/ledger/views',
    operationId: 'listSavedViews',
    response: z.array(a.savedView),
    summary: '我保存的台账筛选方案',
    tags,
    policy: READERS,
    handler: ({ ctx }) => listSavedViews(ctx.db, ctx.actor),
  });
  operation(app, env, {
    method: 'POST',
    url: '/api/ledger/views',
    operationId: 'createSavedView',
    response: a.savedView,
    summary: '保存当前筛选为方案',
    tags,
    policy: READERS,
    body: c.createSavedViewBody,
    status: 201,
    handler: async ({ ctx, body }) => savedViewAnswer(await createSavedView(ctx, body)),
  });
  operation(app, env, {
    method: 'PATCH',
    url: '/api/ledger/views/:viewId',
    operationId: 'updateSavedView',
    response: a.savedView,
    summary: '重命名或更新筛选方案',
    tags,
    policy: READERS,
    params: c.savedViewParams,
    body: c.updateSavedViewBody,
    handler: async ({ ctx, params, body }) => savedViewAnswer(await updateSavedView(ctx, { viewId: params.viewId, ...body })),
  });
  operation(app, env, {
    method: 'DELETE',
    url: '/api/ledger/views/:viewId',
    operationId: 'deleteSavedView',
    response: okSchema,
    summary: '删除筛选方案',
    tags,
    policy: READERS,
    params: c.savedViewParams,
    handler: ({ ctx, params }) => deleteSavedView(ctx, { viewId: params.viewId }),
  });

  // A file, not JSON: registered directly so the handler can set the download headers.
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/ledger/export',
    {
      config: { policy: READERS },
      schema: {
        operationId: 'exportLedger',
        summary: '导出当前台账视图（Excel）',
        tags,
        querystring: c.ledgerExportQuery,
        response: { 200: fileAnswer(XLSX_MIME, '台账（Excel，当前筛选的全部行与所选的列）') },
      },
    },
    async (req, reply) => {
      const { buffer, filename, total } = await exportLedger(env.db, req.actor as Actor, req.query);
      reply.header('x-total-count', String(total));
      // RFC 6266/5987: an ASCII fallback for old clients, the Chinese name in filename*.
      return sendXlsx(reply, { buffer, filename }, 'ledger.xlsx');
    },
  );
}
