import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createdAnswer, okSchema } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/duty';
import * as a from '../../domain/contracts/duty-answers';
import { DUTY_ENTERERS, DUTY_LIST_READERS, DUTY_READERS, DUTY_RULE_EDITORS } from '../../domain/duty/permissions';
import type { Actor } from '../auth/actor';
import { renderDutyFileDocx } from '../documents/duty-file-docx';
import { writeDutyXlsx } from '../documents/duty-xlsx';
import { XLSX_MIME } from '../documents/import-sheet';
import { getDeputyDuty, getMyDuty } from '../queries/duty/deputy-duty';
import { listDutyDeputies } from '../queries/duty/deputies';
import { loadDutyExport, loadDutyFile } from '../queries/duty/documents';
import { readDutyEvidence } from '../queries/duty/evidence';
import { getPointRules } from '../queries/duty/rules';
import { deleteDutyRecord } from '../usecases/duty/delete-duty-record';
import { enterDutyRecord } from '../usecases/duty/enter-duty-record';
import { savePointRules } from '../usecases/duty/save-point-rules';
import { updateDutyRecord } from '../usecases/duty/update-duty-record';
import { fileAnswer, operations, type RouteEnv } from './define';
import { sendStoredFile } from './stored-file';
import { DOCX_TYPE, sendDocx } from './documents';
import { sendXlsx } from './xlsx-download';

const tags = ['代表履职'];

/**
 * Deputies' duty records and points (issue 15 §6–§8, R-DUTY-1, R-LINE-4): a deputy's yearly targets and
 * records — counted from their suggestions and hotline work orders, or entered with evidence — the points
 * under the congress's rulebook, the office's list with who is short, the ranking with the seed's flag,
 * the duty file (Word) and the list (Excel).
 */
export function dutyRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/duty/me',
    operationId: 'getMyDuty',
    summary: '我的履职（目标任务完成情况、积分、履职记录、专线工单）',
    tags,
    policy: ['deputy'],
    querystring: c.dutyYearQuery,
    response: a.dutyDeputyAnswer,
    handler: ({ ctx, query }) => getMyDuty(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/duty/deputies',
    operationId: 'listDutyDeputies',
    summary: '代表履职情况（未完成的目标任务、积分排名；按代表团、目标任务、是否不推荐筛选）',
    tags,
    policy: DUTY_LIST_READERS,
    querystring: c.dutyListQuery,
    response: a.dutyListAnswer,
    handler: ({ ctx, query }) => listDutyDeputies(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/duty/deputies/:deputyId',
    operationId: 'getDeputyDuty',
    summary: '一名代表的年度履职情况（代表只能查看本人）',
    tags,
    policy: DUTY_READERS,
    params: c.dutyDeputyParams,
    querystring: c.dutyYearQuery,
    response: a.dutyDeputyAnswer,
    handler: ({ ctx, params, query }) => getDeputyDuty(ctx.db, ctx.actor, params.deputyId, query),
  });
  on({
    method: 'POST',
    url: '/api/duty/records',
    operationId: 'enterDutyRecord',
    summary: '录入履职记录（附佐证材料；联工委、代表团联络员）',
    tags,
    policy: DUTY_ENTERERS,
    body: c.createDutyRecordBody,
    response: createdAnswer,
    status: 201,
    handler: ({ ctx, body, env }) => enterDutyRecord({ ...ctx, dataDir: env.dataDir }, body),
  });
  on({
    method: 'PUT',
    url: '/api/duty/records/:recordId',
    operationId: 'updateDutyRecord',
    summary: '修改履职记录（须提供所见版本；原记录保留为已修改）',
    tags,
    policy: DUTY_ENTERERS,
    params: c.dutyRecordParams,
    body: c.updateDutyRecordBody,
    response: a.dutyRecordRef,
    handler: ({ ctx, params, body, env }) => updateDutyRecord({ ...ctx, dataDir: env.dataDir }, { recordId: params.recordId, ...body }),
  });
  on({
    method: 'DELETE',
    url: '/api/duty/records/:recordId',
    operationId: 'deleteDutyRecord',
    summary: '删除履职记录（须提供所见版本；记录保留为已删除）',
    tags,
    policy: DUTY_ENTERERS,
    params: c.dutyRecordParams,
    querystring: c.dutyVersionQuery,
    response: okSchema,
    handler: ({ ctx, params, query }) => deleteDutyRecord(ctx, { recordId: params.recordId, version: query.version }),
  });
  on({
    method: 'GET',
    url: '/api/duty/point-rules',
    operationId: 'getDutyPointRules',
    summary: '年度履职积分规则（未制定时为默认规则）',
    tags,
    policy: DUTY_READERS,
    querystring: c.dutyYearQuery,
    response: a.dutyRulesAnswer,
    handler: ({ ctx, query }) => getPointRules(ctx.db, ctx.actor, query),
  });
  on({
    method: 'PUT',
    url: '/api/duty/point-rules/:year',
    operationId: 'saveDutyPointRules',
    summary: '制定或修改年度履职积分规则（联工委；修改须提供所见版本）',
    tags,
    policy: DUTY_RULE_EDITORS,
    params: c.dutyRulesParams,
    body: c.dutyRulesBody,
    response: a.dutyRulesAnswer,
    handler: async ({ ctx, params, body }) => {
      await savePointRules(ctx, { year: params.year, ...body });
      return getPointRules(ctx.db, ctx.actor, { year: params.year });
    },
  });

  // Files, not JSON: registered directly so the handlers can set the download headers.
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/duty/deputies.xlsx',
    {
      config: { policy: DUTY_LIST_READERS },
      schema: {
        operationId: 'downloadDutyXlsx',
        summary: '下载代表履职情况（Excel，按当前筛选条件）',
        tags,
        querystring: c.dutyListQuery,
        response: { 200: fileAnswer(XLSX_MIME, '代表履职情况（Excel 工作簿）') },
      },
    },
    async (req, reply) => {
      const x = await loadDutyExport(env.db, req.actor as Actor, req.query);
      return sendXlsx(reply, { buffer: await writeDutyXlsx(x), filename: `${x.filename}.xlsx` }, 'duty.xlsx');
    },
  );
  r.get(
    '/api/duty/deputies/:deputyId/file.docx',
    {
      config: { policy: DUTY_READERS },
      schema: {
        operationId: 'downloadDutyFileDocx',
        summary: '下载代表履职档案（Word，GB/T 9704 版式）',
        tags,
        params: c.dutyDeputyParams,
        querystring: c.dutyYearQuery,
        response: { 200: fileAnswer(DOCX_TYPE, '代表履职档案（Word 文档）') },
      },
    },
    async (req, reply) => {
      const f = await loadDutyFile(env.db, req.actor as Actor, req.params.deputyId, req.query);
      return sendDocx(reply, await renderDutyFileDocx(f), `${f.filename}.docx`, 'duty-file.docx');
    },
  );
  r.get(
    '/api/duty/records/:recordId/evidence/:index',
    {
      config: { policy: DUTY_READERS },
      schema: {
        operationId: 'downloadDutyEvidence',
        summary: '下载履职记录的佐证材料',
        tags,
        params: c.dutyEvidenceParams,
        response: { 200: fileAnswer('*/*', '佐证材料（按上传时的文件类型）') },
      },
    },
    async (req, reply) => {
      const f = await readDutyEvidence(env.db, req.actor as Actor, req.params.recordId, req.params.index);
      return sendStoredFile(reply, env.dataDir, f, '佐证材料文件');
    },
  );
}
