import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createdAnswer, okSchema } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/checklists';
import * as a from '../../domain/contracts/checklists-answers';
import { CHECKLIST_ISSUERS, CHECKLIST_READERS, CHECKLIST_REPORTERS, COUNTY_READERS } from '../../domain/checklists/permissions';
import type { Actor } from '../auth/actor';
import { getChecklist, getReport, listChecklists, listReports, listTownships } from '../queries/checklists/checklists';
import { readEvidenceFile } from '../queries/checklists/evidence';
import { checklistOverview } from '../queries/checklists/overview';
import { copyChecklist } from '../usecases/checklists/copy-checklist';
import { createChecklist } from '../usecases/checklists/create-checklist';
import { deleteChecklist } from '../usecases/checklists/delete-checklist';
import { deleteChecklistEvidence } from '../usecases/checklists/delete-checklist-evidence';
import { issueChecklist } from '../usecases/checklists/issue-checklist';
import { reportChecklistEntry } from '../usecases/checklists/report-checklist-entry';
import { updateChecklist } from '../usecases/checklists/update-checklist';
import { uploadChecklistEvidence } from '../usecases/checklists/upload-checklist-evidence';
import { assessmentRoutes } from './checklists-assessment';
import { guidanceRoutes } from './checklists-guidance';
import { fileAnswer, operations, type RouteEnv } from './define';
import { sendStoredFile } from './stored-file';

const tags = ['乡镇指导清单'];

/**
 * The county's quarterly guidance checklists for its townships (issue 16 §5–§9, R-TOWN-1): issuing,
 * the townships' reports with evidence, the dashboard — and the leaders' on-site guidance with the
 * exchange meetings (./checklists-guidance.ts), the annual assessment (./checklists-assessment.ts).
 */
export function checklistRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/checklists',
    operationId: 'listChecklists',
    summary: '指导清单（一个年度，县级看全部，乡镇看下发本乡镇的）',
    tags,
    policy: CHECKLIST_READERS,
    querystring: c.listChecklistsQuery,
    response: a.checklistList,
    handler: ({ ctx, query }) => listChecklists(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/checklists/townships',
    operationId: 'listChecklistTownships',
    summary: '本县下辖乡镇',
    tags,
    policy: COUNTY_READERS,
    response: a.townshipsAnswer,
    handler: ({ ctx }) => listTownships(ctx.db, ctx.actor),
  });
  on({
    method: 'GET',
    url: '/api/checklists/overview',
    operationId: 'getChecklistOverview',
    summary: '指导清单总览（各乡镇、各类事项完成情况，超期事项，考核得分）',
    tags,
    policy: COUNTY_READERS,
    querystring: c.overviewQuery,
    response: a.overviewAnswer,
    handler: ({ ctx, query }) => checklistOverview(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/checklists',
    operationId: 'createChecklist',
    summary: '新建指导清单（草稿）',
    tags,
    policy: CHECKLIST_ISSUERS,
    body: c.createChecklistBody,
    response: createdAnswer,
    status: 201,
    handler: ({ ctx, body }) => createChecklist(ctx, body),
  });
  on({
    method: 'GET',
    url: '/api/checklists/:checklistId',
    operationId: 'getChecklist',
    summary: '指导清单详情（事项、各乡镇报送情况、办理过程）',
    tags,
    policy: CHECKLIST_READERS,
    params: c.checklistParams,
    response: a.checklistDetail,
    handler: ({ ctx, params }) => getChecklist(ctx.db, ctx.actor, params.checklistId),
  });
  on({
    method: 'PUT',
    url: '/api/checklists/:checklistId',
    operationId: 'updateChecklist',
    summary: '修改指导清单草稿（须提供所见版本）',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.checklistParams,
    body: c.updateChecklistBody,
    response: a.checklistDetail,
    handler: async ({ ctx, params, body }) => {
      await updateChecklist(ctx, { checklistId: params.checklistId, ...body });
      return getChecklist(ctx.db, ctx.actor, params.checklistId);
    },
  });
  on({
    method: 'DELETE',
    url: '/api/checklists/:checklistId',
    operationId: 'deleteChecklist',
    summary: '删除指导清单草稿',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.checklistParams,
    querystring: c.versionQuery,
    response: okSchema,
    handler: ({ ctx, params, query }) => deleteChecklist(ctx, { checklistId: params.checklistId, version: query.version }),
  });
  on({
    method: 'POST',
    url: '/api/checklists/:checklistId/copy',
    operationId: 'copyChecklist',
    summary: '复制指导清单到另一季度（完成时限相应顺延）',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.checklistParams,
    body: c.copyChecklistBody,
    response: createdAnswer,
    status: 201,
    handler: ({ ctx, params, body }) => copyChecklist(ctx, { checklistId: params.checklistId, ...body }),
  });
  on({
    method: 'POST',
    url: '/api/checklists/:checklistId/issue',
    operationId: 'issueChecklist',
    summary: '下发指导清单（通知各乡镇人大主席团）',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.checklistParams,
    body: c.versionBody,
    response: a.checklistDetail,
    handler: async ({ ctx, params, body }) => {
      await issueChecklist(ctx, { checklistId: params.checklistId, version: body.version });
      return getChecklist(ctx.db, ctx.actor, params.checklistId);
    },
  });
  on({
    method: 'GET',
    url: '/api/checklist-reports',
    operationId: 'listChecklistReports',
    summary: '清单事项报送情况（按年度、季度、乡镇、状态、亮灯筛选）',
    tags,
    policy: CHECKLIST_READERS,
    querystring: c.listReportsQuery,
    response: a.reportsAnswer,
    handler: ({ ctx, query }) => listReports(ctx.db, ctx.actor, query),
  });
  on({
    method: 'PUT',
    url: '/api/checklist-reports/:checklistReportId',
    operationId: 'reportChecklistEntry',
    summary: '报送清单事项落实情况（乡镇人大主席团）',
    tags,
    policy: CHECKLIST_REPORTERS,
    params: c.reportParams,
    body: c.reportEntryBody,
    response: a.reportRow,
    handler: async ({ ctx, params, body }) => {
      await reportChecklistEntry(ctx, { checklistReportId: params.checklistReportId, ...body });
      return getReport(ctx.db, ctx.actor, params.checklistReportId);
    },
  });
  on({
    method: 'POST',
    url: '/api/checklist-reports/:checklistReportId/evidence',
    operationId: 'uploadChecklistEvidence',
    summary: '上传佐证材料（照片、会议记录等）',
    tags,
    policy: CHECKLIST_REPORTERS,
    params: c.reportParams,
    body: c.evidenceBody,
    response: a.evidenceFile,
    status: 201,
    handler: ({ ctx, params, body, env }) =>
      uploadChecklistEvidence({ ...ctx, dataDir: env.dataDir }, { checklistReportId: params.checklistReportId, ...body }),
  });
  on({
    method: 'DELETE',
    url: '/api/checklist-reports/:checklistReportId/evidence/:evidenceFileId',
    operationId: 'deleteChecklistEvidence',
    summary: '删除佐证材料',
    tags,
    policy: CHECKLIST_REPORTERS,
    params: c.evidenceParams,
    response: okSchema,
    handler: ({ ctx, params }) => deleteChecklistEvidence(ctx, params),
  });
  // A file, not JSON: registered directly so the handler can stream it with its own headers.
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/checklist-reports/:checklistReportId/evidence/:evidenceFileId',
    {
      config: { policy: CHECKLIST_READERS },
      schema: {
        operationId: 'downloadChecklistEvidence',
        summary: '下载佐证材料',
        tags,
        params: c.evidenceParams,
        response: { 200: fileAnswer('*/*', '佐证材料（按上传时的文件类型）') },
      },
    },
    async (req, reply) => {
      const f = await readEvidenceFile(env.db, req.actor as Actor, req.params.checklistReportId, req.params.evidenceFileId);
      return sendStoredFile(reply, env.dataDir, f, '佐证材料文件');
    },
  );

  guidanceRoutes(app, env);
  assessmentRoutes(app, env);
}
