/** The hotline channel's reports and imports (issue 15 §1, §5, R-LINE-3): server/routes/hotline-reports.ts. */
import type { Answer } from '../../../domain/contracts/common';
import type * as c from '../../../domain/contracts/hotline-reports';
import { request } from './client';

export type MonthlyReportList = Answer<typeof c.monthlyReportList>;
export type MonthlyReportSummary = Answer<typeof c.monthlyReportSummary>;
export type MonthlyReport = Answer<typeof c.monthlyReportAnswer>;
export type PeriodFigures = Answer<typeof c.periodFigures>;
export type ReportOrder = Answer<typeof c.reportOrder>;
export type ImportOrdersAnswer = Answer<typeof c.importOrdersAnswer>;
export type ImportRowError = Answer<typeof c.importRowError>;

export const hotlineReports = {
  list: (signal?: AbortSignal) => request<MonthlyReportList>('GET', '/api/hotline/reports', { signal }),
  get: (month: string, signal?: AbortSignal) => request<MonthlyReport>('GET', `/api/hotline/reports/${month}`, { signal }),
  generate: (month?: string) => request<MonthlyReport>('POST', '/api/hotline/reports', { body: month ? { month } : {} }),
  importOrders: (body: { filename: string; contentBase64: string }) => request<ImportOrdersAnswer>('POST', '/api/hotline/imports', { body }),
  docxUrl: (month: string) => `/api/hotline/reports/${month}/report.docx`,
  ledgerUrl: (month: string) => `/api/hotline/reports/${month}/ledger.xlsx`,
  annualUrl: (year: number) => `/api/hotline/annual-reports/${year}/report.docx`,
  templateUrl: '/api/hotline/imports/template.xlsx',
};
