import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '../../domain/contracts/ledger-tools';
import type { Actor } from '../auth/actor';
import { exportLedger } from '../queries/ledger-export';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from '../usecases/ledger-tools/saved-views';
import { operation, type RouteEnv } from './define';

/** Everyone who reads the ledger (the same READERS as GET /api/items). */
const READERS = ['deputy', 'liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader', 'supervisor'] as const;
const tags = ['台账工具'];

/** The ledger's tools: saved filters (per user, on the server) and the .xlsx export of the current view. */
export function ledgerToolRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, { method: 'GET', url: '/api/ledger/views', operationId: 'listSavedViews', summary: '我保存的台账筛选方案', tags, policy: READERS,
    handler: ({ ctx }) => listSavedViews(ctx) });
  operation(app, env, { method: 'POST', url: '/api/ledger/views', operationId: 'createSavedView', summary: '保存当前筛选为方案', tags, policy: READERS, body: c.createSavedViewBody, status: 201,
    handler: ({ ctx, body }) => createSavedView(ctx, body) });
  operation(app, env, { method: 'PATCH', url: '/api/ledger/views/:viewId', operationId: 'updateSavedView', summary: '重命名或更新筛选方案', tags, policy: READERS,
    params: c.savedViewParams, body: c.updateSavedViewBody,
    handler: ({ ctx, params, body }) => updateSavedView(ctx, { viewId: params.viewId, ...body }) });
  operation(app, env, { method: 'DELETE', url: '/api/ledger/views/:viewId', operationId: 'deleteSavedView', summary: '删除筛选方案', tags, policy: READERS, params: c.savedViewParams,
    handler: ({ ctx, params }) => deleteSavedView(ctx, { viewId: params.viewId }) });

  // A file, not JSON: registered directly so the handler can set the download headers.
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/ledger/export',
    {
      config: { policy: READERS },
      schema: { operationId: 'exportLedger', summary: '导出当前台账视图（Excel）', tags, querystring: c.ledgerExportQuery },
    },
    async (req, reply) => {
      const { buffer, filename, total } = await exportLedger(env.db, req.actor as Actor, req.query);
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      // RFC 6266/5987: an ASCII fallback for old clients, the Chinese name in filename*.
      reply.header('content-disposition', `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`);
      reply.header('x-total-count', String(total));
      return reply.send(buffer);
    },
  );
}
