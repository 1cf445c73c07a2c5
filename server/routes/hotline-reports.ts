import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import * as c from '../../domain/contracts/hotline-reports';
import type { Actor, Policy } from '../auth/actor';
import { hotlineCatalogue } from '../db/schema';
import { renderAnnualReportDocx, renderMonthlyReportDocx } from '../documents/hotline-report-docx';
import { writeHotlineImportTemplate } from '../documents/hotline-import-sheet';
import { writeHotlineMonthXlsx } from '../documents/hotline-ledger-xlsx';
import { XLSX_MIME } from '../documents/import-sheet';
import { annualFigures, getMonthlyReport, listMonthlyReports, monthLedgerRows, reportNames } from '../queries/hotline/monthly-reports';
import { generateMonthlyReport } from '../usecases/hotline/generate-monthly-report';
import { importWorkOrders } from '../usecases/hotline/import-work-orders';
import { nowOf } from '../usecases/lib/run';
import { DOCX_TYPE, sendDocx } from './documents';
import { fileAnswer, operations, type RouteEnv } from './define';
import { sendXlsx } from './xlsx-download';

const tags = ['代表民情通达专线'];
/** R-LINE-3: the monthly report is the hotline office's to the liaison office; both read and make it. */
const REPORT_READERS: Policy = ['hotlineOffice', 'liaisonOffice'];
/** The annual report: also the standing committee's supervisors. */
const ANNUAL_READERS: Policy = ['hotlineOffice', 'liaisonOffice', 'supervisor'];
/** Issue 15 §1: the hotline office imports orders. */
const IMPORTERS: Policy = ['hotlineOffice'];

/**
 * The hotline channel's reports and imports (issue 15 §1, §5, R-LINE-3): the monthly reports (list, one
 * month, generate on demand, the month as Word and its ledger as Excel), the annual report (Word), and the
 * Excel import of orders (template, upload: all rows or none, errors by row).
 */
export function hotlineReportRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/hotline/reports',
    operationId: 'listHotlineMonthlyReports',
    summary: '专线月报列表（已生成的月份）',
    tags,
    policy: REPORT_READERS,
    response: c.monthlyReportList,
    handler: ({ ctx }) => listMonthlyReports(ctx.db, ctx.actor, nowOf(ctx)),
  });
  on({
    method: 'POST',
    url: '/api/hotline/reports',
    operationId: 'generateHotlineMonthlyReport',
    summary: '生成（或重新生成）专线月报，并通知人大常委会联工委',
    tags,
    policy: REPORT_READERS,
    body: c.generateReportBody,
    response: c.monthlyReportAnswer,
    handler: async ({ ctx, body }) => {
      const { month } = await generateMonthlyReport(ctx, body);
      return getMonthlyReport(ctx.db, ctx.actor, month);
    },
  });
  on({
    method: 'GET',
    url: '/api/hotline/reports/:month',
    operationId: 'getHotlineMonthlyReport',
    summary: '专线月报（受理、办结、应办未办、评价不满意、24小时联系率、按期办结率、满意度）',
    tags,
    policy: REPORT_READERS,
    params: c.monthParams,
    response: c.monthlyReportAnswer,
    handler: ({ ctx, params }) => getMonthlyReport(ctx.db, ctx.actor, params.month),
  });
  on({
    method: 'POST',
    url: '/api/hotline/imports',
    operationId: 'importWorkOrders',
    summary: '导入专线工单（Excel，逐行校验，全部通过才写入）',
    tags,
    policy: IMPORTERS,
    body: c.importOrdersBody,
    response: c.importOrdersAnswer,
    status: 201,
    handler: ({ ctx, body }) => importWorkOrders(ctx, { filename: body.filename, buffer: Buffer.from(body.contentBase64, 'base64') }),
  });

  // Files, not JSON: registered directly so the handlers can set the download headers.
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/hotline/reports/:month/report.docx',
    {
      config: { policy: REPORT_READERS },
      schema: {
        operationId: 'downloadHotlineMonthlyReportDocx',
        summary: '下载专线月报（Word，GB/T 9704 版式）',
        tags,
        params: c.monthParams,
        response: { 200: fileAnswer(DOCX_TYPE, '专线月报（Word 文档）') },
      },
    },
    async (req, reply) => {
      const actor = req.actor as Actor;
      const report = await getMonthlyReport(env.db, actor, req.params.month);
      const names = await reportNames(env.db, actor.congressId ?? -1);
      return sendDocx(reply, await renderMonthlyReportDocx(report, names), `${report.monthLabel}民情通达专线运行情况报告.docx`, 'hotline-monthly.docx');
    },
  );
  r.get(
    '/api/hotline/reports/:month/ledger.xlsx',
    {
      config: { policy: REPORT_READERS },
      schema: {
        operationId: 'downloadHotlineMonthlyLedgerXlsx',
        summary: '下载专线月度工作台账（Excel）',
        tags,
        params: c.monthParams,
        response: { 200: fileAnswer(XLSX_MIME, '专线月度工作台账（Excel 工作簿）') },
      },
    },
    async (req, reply) => {
      const actor = req.actor as Actor;
      const report = await getMonthlyReport(env.db, actor, req.params.month);
      const rows = await monthLedgerRows(env.db, actor, req.params.month, new Date());
      return sendXlsx(
        reply,
        { buffer: await writeHotlineMonthXlsx(report, rows), filename: `${report.monthLabel}民情通达专线工作台账.xlsx` },
        'hotline-ledger.xlsx',
      );
    },
  );
  r.get(
    '/api/hotline/annual-reports/:year/report.docx',
    {
      config: { policy: ANNUAL_READERS },
      schema: {
        operationId: 'downloadHotlineAnnualReportDocx',
        summary: '下载专线年度报告（Word：来电、反映问题、解决、解决率、24小时联系率、按期办结率、满意度，分单位）',
        tags,
        params: c.yearParams,
        response: { 200: fileAnswer(DOCX_TYPE, '专线年度报告（Word 文档）') },
      },
    },
    async (req, reply) => {
      const a = await annualFigures(env.db, req.actor as Actor, req.params.year, new Date());
      return sendDocx(reply, await renderAnnualReportDocx(a), `${a.year}年度民情通达专线受理和办理情况报告.docx`, 'hotline-annual.docx');
    },
  );
  r.get(
    '/api/hotline/imports/template.xlsx',
    {
      config: { policy: IMPORTERS },
      schema: {
        operationId: 'downloadHotlineImportTemplate',
        summary: '下载专线工单导入模板（Excel）',
        tags,
        response: { 200: fileAnswer(XLSX_MIME, '专线工单导入模板（Excel 工作簿）') },
      },
    },
    async (req, reply) => {
      const congressId = (req.actor as Actor).congressId ?? -1;
      const rows = await env.db.select({ category: hotlineCatalogue.category }).from(hotlineCatalogue).where(eq(hotlineCatalogue.congressId, congressId));
      const buffer = await writeHotlineImportTemplate({ categories: rows.map((x) => x.category).sort((a, b) => a.localeCompare(b, 'zh-CN')) });
      return sendXlsx(reply, { buffer, filename: '专线工单导入模板.xlsx' }, 'hotline-import-template.xlsx');
    },
  );
}
