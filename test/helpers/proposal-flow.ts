import ExcelJS from 'exceljs';
import type { Client } from './client';
import type { Cppcc } from './cppcc';
import { item } from './flow';

/** Small steps of a proposal's lifecycle through the HTTP API (§8): a member submits, the proposal committee accepts and assigns. */
export function proposalSteps(office: Client, p: Cppcc) {
  const propose = (member: Client, title: string, extra: object = {}) =>
    member.ok('POST', '/api/items', {
      sessionId: p.sessionId,
      title,
      body: '一、现状……二、问题……三、对策……',
      categoryId: p.categoryIds[0],
      cosignerDeputyIds: [],
      ...extra,
    });
  const accept = async (id: number) => {
    const v = (await item(office, id)).item.version;
    return office.ok('POST', `/api/items/${id}/review`, { decision: 'accept', version: v, categoryId: p.categoryIds[0] });
  };
  const assign = async (id: number, mode: string, units: { unitId: number; role: string }[], extra: object = {}) => {
    const v = (await item(office, id)).item.version;
    return office.ok('POST', `/api/items/${id}/assignment`, { version: v, mode, units, ...extra });
  };
  /** Submitted, accepted and assigned to one unit: the proposal's id. */
  const assigned = async (member: Client, title: string, unitId: number, extra: object = {}) => {
    const x = await propose(member, title, extra);
    await accept(x.id);
    await assign(x.id, 'single', [{ unitId, role: 'lead' }], { assignedOn: '2025-03-03' });
    return x.id as number;
  };
  return { propose, accept, assign, assigned };
}

/** A reply body that speaks of the proposal, so that the letter's own words are the only ones checked. */
export const PROPOSAL_REPLY = '您提出的提案收悉，现答复如下：\n一、基本情况\n（一）加强统筹。我厅已将有关工作纳入规划。\n二、下一步工作\n继续推进。';

/** A workbook's sheets, each row as text (dates as YYYY-MM-DD). */
export async function readXlsx(buffer: Buffer): Promise<{ name: string; rows: string[][] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const text = (v: ExcelJS.CellValue): string =>
    v instanceof Date
      ? v.toISOString().slice(0, 10)
      : v === null || v === undefined
        ? ''
        : typeof v === 'object' && 'richText' in v
          ? v.richText.map((t) => t.text).join('')
          : String(v);
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(text)));
    return { name: ws.name, rows };
  });
}

/** A sheet as an office fills it (row 1 the headers, then the rows by header), as base64 for POST /api/imports. */
export async function sheetBase64(name: string, headers: readonly string[], rows: Record<string, string | undefined>[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A download's file name (filename* of content-disposition). */
export const fileName = (res: { headers: Record<string, unknown> }) => decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1] ?? '');
