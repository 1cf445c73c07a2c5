import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commitmentRegisterQuery } from '../../domain/contracts/commitments';
import { statsQuery } from '../../domain/contracts/items';
import { exportStatisticsBreakdowns } from '../documents/statistics-xlsx';
import type { Actor, Policy } from '../auth/actor';
import { DEADLINE_KINDS } from '../queries/deadline-ledger';
import { standardFormList } from '../../domain/contracts/imports-answers';
import { exportStandardForm, STANDARD_FORMS, standardFormLabels } from '../queries/standard-forms';
import { exportCommitmentRegister, exportDeadlineLedger, exportUnitStatistics } from '../queries/table-exports';
import { XLSX_MIME } from '../documents/import-sheet';
import { fileAnswer, operation, type RouteEnv } from './define';
import { sendXlsx } from './xlsx-download';

const id = z.coerce.number().int().positive();
const OFFICES_AND_UNITS = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitHandler', 'unitLeader'] as const;
const tags = ['导入导出'];

/** §6 the ledgers, statistics and standard forms as .xlsx downloads (each in the reader's scope, as on screen). */
export function excelExportRoutes(app: FastifyInstance, env: RouteEnv) {
  const download = <Q extends z.ZodType, P extends z.ZodType>(
    def: { url: string; operationId: string; summary: string; policy: Policy; querystring: Q; params?: P },
    make: (actor: Actor, q: z.output<Q>, p: z.output<P>) => Promise<{ buffer: Buffer; filename: string }>,
  ) =>
    app.withTypeProvider<ZodTypeProvider>().get(
      def.url,
      {
        config: { policy: def.policy },
        schema: {
          operationId: def.operationId,
          summary: def.summary,
          tags,
          querystring: def.querystring,
          ...(def.params ? { params: def.params } : {}),
          response: { 200: fileAnswer(XLSX_MIME, 'Excel 工作簿（.xlsx）') },
        },
      },
      async (req, reply) => sendXlsx(reply, await make(req.actor as Actor, req.query as z.output<Q>, req.params as z.output<P>)),
    );

  download(
    {
      url: '/api/deadlines/export.xlsx',
      operationId: 'exportDeadlineLedger',
      summary: '导出期限台账（Excel）',
      policy: OFFICES_AND_UNITS,
      querystring: z.object({
        sessionId: id.optional(),
        unitId: id.optional(),
        kind: z.enum(DEADLINE_KINDS).optional(),
        light: z.enum(['green', 'yellow', 'red']).optional(),
      }),
    },
    (actor, q) => exportDeadlineLedger(env.db, actor, q),
  );
  download(
    {
      url: '/api/commitments/export.xlsx',
      operationId: 'exportCommitmentRegister',
      summary: '导出 B 类承诺事项台账（Excel）',
      policy: OFFICES_AND_UNITS,
      querystring: commitmentRegisterQuery.omit({ page: true, pageSize: true }),
    },
    (actor, q) => exportCommitmentRegister(env.db, actor, q),
  );
  download(
    {
      url: '/api/statistics/units/export.xlsx',
      operationId: 'exportUnitStatistics',
      summary: '导出各承办单位办理情况（Excel）',
      policy: ['liaisonOffice', 'governmentOffice', 'supervisor'],
      querystring: z.object({ sessionId: id }),
    },
    (actor, q) => exportUnitStatistics(env.db, actor, q.sessionId),
  );
  download(
    {
      url: '/api/statistics/breakdowns.xlsx',
      operationId: 'exportStatisticsBreakdowns',
      summary: '导出分项统计（Excel）：按承办单位（主办与会办分列）、类别、代表团、代表，满意与解决对照',
      policy: ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitLeader'],
      querystring: statsQuery.refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' }),
    },
    (actor, q) => exportStatisticsBreakdowns(env.db, actor, q),
  );
  download(
    {
      url: '/api/forms/:form',
      operationId: 'downloadStandardForm',
      summary: '下载标准表格（Excel）：办理责任分解表、重点处理建议登记表、走访代表委员专用卡、参阅件沟通联系登记表、回头看复查表',
      policy: OFFICES_AND_UNITS,
      params: z.object({ form: z.enum(STANDARD_FORMS) }),
      querystring: z.object({
        sessionId: id.optional(),
        unitId: id.optional(),
        itemId: id.optional(),
        year: z.coerce.number().int().min(2000).max(2100).optional(),
      }),
    },
    (actor, q, p) => exportStandardForm(env.db, actor, p.form, q),
  );
  operation(app, env, {
    method: 'GET',
    url: '/api/forms',
    operationId: 'listStandardForms',
    response: standardFormList,
    summary: '标准表格及其名称（按本机构承办的建议、提案）',
    tags,
    policy: OFFICES_AND_UNITS,
    handler: ({ ctx }) => standardFormLabels(ctx.db, ctx.actor),
  });
}
