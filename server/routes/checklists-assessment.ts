import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '../../domain/contracts/checklists';
import * as a from '../../domain/contracts/checklists-answers';
import { CHECKLIST_ISSUERS, COUNTY_READERS } from '../../domain/checklists/permissions';
import type { Actor } from '../auth/actor';
import { renderScoreSheetDocx } from '../documents/assessment-docx';
import { writeScoreSheetXlsx } from '../documents/assessment-xlsx';
import { getAssessment } from '../queries/checklists/assessment';
import { loadScoreSheet } from '../queries/checklists/score-sheet';
import { addAssessmentAdjustment } from '../usecases/checklists/add-assessment-adjustment';
import { finalizeAssessment } from '../usecases/checklists/finalize-assessment';
import { removeAssessmentAdjustment } from '../usecases/checklists/remove-assessment-adjustment';
import { saveAssessmentScheme } from '../usecases/checklists/save-assessment-scheme';
import { setAssessmentScore } from '../usecases/checklists/set-assessment-score';
import { fileAnswer, operations, type RouteEnv } from './define';
import { DOCX_TYPE, sendDocx } from './documents';
import { XLSX_MIME } from '../documents/import-sheet';
import { sendXlsx } from './xlsx-download';

const tags = ['乡镇指导清单'];

/** The annual assessment of the townships (issue 16 §8): the scheme, automatic and manual scores, bonuses and deductions, the ranking, the score sheet. */
export function assessmentRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/assessments/:year',
    operationId: 'getAssessment',
    summary: '乡镇人大工作年度考核（考核方案、各乡镇得分和排名）',
    tags,
    policy: COUNTY_READERS,
    params: c.assessmentParams,
    response: a.assessmentAnswer,
    handler: ({ ctx, params }) => getAssessment(ctx.db, ctx.actor, params.year),
  });
  on({
    method: 'PUT',
    url: '/api/assessments/:year/scheme',
    operationId: 'saveAssessmentScheme',
    summary: '制定或修改年度考核方案（指标分值、计分细则、加扣分项目）',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.assessmentParams,
    body: c.schemeBody,
    response: a.assessmentAnswer,
    handler: async ({ ctx, params, body }) => {
      await saveAssessmentScheme(ctx, { year: params.year, ...body });
      return getAssessment(ctx.db, ctx.actor, params.year);
    },
  });
  on({
    method: 'PUT',
    url: '/api/assessments/:year/scores',
    operationId: 'setAssessmentScore',
    summary: '人工评分（须说明理由，记入考核过程）',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.assessmentParams,
    body: c.scoreBody,
    response: a.assessmentAnswer,
    handler: async ({ ctx, params, body }) => {
      await setAssessmentScore(ctx, { year: params.year, ...body });
      return getAssessment(ctx.db, ctx.actor, params.year);
    },
  });
  on({
    method: 'POST',
    url: '/api/assessments/:year/adjustments',
    operationId: 'addAssessmentAdjustment',
    summary: '加分或扣分（须说明理由）',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.assessmentParams,
    body: c.adjustmentBody,
    response: a.assessmentAnswer,
    status: 201,
    handler: async ({ ctx, params, body }) => {
      await addAssessmentAdjustment(ctx, { year: params.year, ...body });
      return getAssessment(ctx.db, ctx.actor, params.year);
    },
  });
  on({
    method: 'DELETE',
    url: '/api/assessments/:year/adjustments/:adjustmentId',
    operationId: 'removeAssessmentAdjustment',
    summary: '撤销加分或扣分',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.adjustmentParams,
    querystring: c.versionQuery,
    response: a.assessmentAnswer,
    handler: async ({ ctx, params, query }) => {
      await removeAssessmentAdjustment(ctx, { year: params.year, adjustmentId: params.adjustmentId, version: query.version });
      return getAssessment(ctx.db, ctx.actor, params.year);
    },
  });
  on({
    method: 'POST',
    url: '/api/assessments/:year/finalize',
    operationId: 'finalizeAssessment',
    summary: '考核定稿（确定得分和排名）',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.assessmentParams,
    body: c.versionBody,
    response: a.assessmentAnswer,
    handler: async ({ ctx, params, body }) => {
      await finalizeAssessment(ctx, { year: params.year, version: body.version });
      return getAssessment(ctx.db, ctx.actor, params.year);
    },
  });

  // Files, not JSON: registered directly so the handlers can set the download headers.
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/assessments/:year/score-sheet.docx',
    {
      config: { policy: COUNTY_READERS },
      schema: {
        operationId: 'downloadScoreSheetDocx',
        summary: '下载考核评分表（Word，GB/T 9704 版式）',
        tags,
        params: c.assessmentParams,
        response: { 200: fileAnswer(DOCX_TYPE, '考核评分表（Word 文档）') },
      },
    },
    async (req, reply) => {
      const s = await loadScoreSheet(env.db, req.actor as Actor, req.params.year);
      return sendDocx(reply, await renderScoreSheetDocx(s), `${s.filename}.docx`, 'score-sheet.docx');
    },
  );
  r.get(
    '/api/assessments/:year/score-sheet.xlsx',
    {
      config: { policy: COUNTY_READERS },
      schema: {
        operationId: 'downloadScoreSheetXlsx',
        summary: '下载考核评分表（Excel）',
        tags,
        params: c.assessmentParams,
        response: { 200: fileAnswer(XLSX_MIME, '考核评分表（Excel 工作簿）') },
      },
    },
    async (req, reply) => {
      const s = await loadScoreSheet(env.db, req.actor as Actor, req.params.year);
      return sendXlsx(reply, { buffer: await writeScoreSheetXlsx(s), filename: `${s.filename}.xlsx` }, 'score-sheet.xlsx');
    },
  );
}
