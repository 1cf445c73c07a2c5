import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '../../domain/contracts/reports';
import * as a from '../../domain/contracts/reports-answers';
import type { Actor } from '../auth/actor';
import { buildBulletinDocument, buildReportDocument } from '../queries/report-document';
import { getReport, listReportScopes } from '../queries/reports';
import { saveReportDraft } from '../usecases/reports/save-report-draft';
import { fileAnswer, operation, type RouteEnv } from './define';
import { DOCX_TYPE, sendDocx } from './documents';

/** The offices write reports; supervisors read and download them (R-STAT-3). */
const OFFICES = ['liaisonOffice', 'governmentOffice'] as const;
const READERS = [...OFFICES, 'supervisor'] as const;
const tags = ['报告'];

/** Reports as Word documents (R-STAT-3): the annual handling report, the key-items report, a unit's analysis, bulletins. */
export function reportRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, {
    method: 'GET',
    url: '/api/reports/scopes',
    operationId: 'listReportScopes',
    response: a.reportScopes,
    summary: '报告可选的会次与范围（单位、类别、代表团）',
    tags,
    policy: READERS,
    querystring: c.reportScopesQuery,
    handler: ({ ctx, query }) => listReportScopes(ctx.db, ctx.actor, query.sessionId),
  });
  operation(app, env, {
    method: 'GET',
    url: '/api/reports/draft',
    operationId: 'getReport',
    response: a.reportView,
    summary: '报告：计算的基本情况与编辑的各部分',
    tags,
    policy: READERS,
    querystring: c.reportQuery,
    handler: ({ ctx, query }) => getReport(ctx.db, ctx.actor, query),
  });
  operation(app, env, {
    method: 'PUT',
    url: '/api/reports/draft',
    operationId: 'saveReportDraft',
    response: a.reportDraft,
    summary: '保存报告各部分（版本过期返回 409）',
    tags,
    policy: OFFICES,
    body: c.saveReportDraftBody,
    handler: ({ ctx, body }) => saveReportDraft(ctx, body),
  });

  // Files, not JSON: registered directly so the handler can set the download headers.
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/reports/document.docx',
    {
      config: { policy: READERS },
      schema: {
        operationId: 'downloadReport',
        summary: '下载报告（Word，GB/T 9704 版式）',
        tags,
        querystring: c.reportQuery,
        response: { 200: fileAnswer(DOCX_TYPE, '报告（Word 文档）') },
      },
    },
    async (req, reply) => {
      const { buffer, filename } = await buildReportDocument(env.db, req.actor as Actor, req.query);
      return sendDocx(reply, buffer, filename, 'report.docx');
    },
  );
  r.get(
    '/api/reports/bulletins/:bulletinId/document.docx',
    {
      config: { policy: READERS },
      schema: {
        operationId: 'downloadBulletin',
        summary: '下载办理进度通报（Word）',
        tags,
        params: c.bulletinDocumentParams,
        response: { 200: fileAnswer(DOCX_TYPE, '办理进度通报（Word 文档）') },
      },
    },
    async (req, reply) => {
      const { buffer, filename } = await buildBulletinDocument(env.db, req.actor as Actor, req.params.bulletinId);
      return sendDocx(reply, buffer, filename, 'bulletin.docx');
    },
  );
}
