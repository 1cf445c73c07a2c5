import { newWorkbook } from './workbook';

export type TableCell = string | number | Date | null;

export interface TableColumn {
  header: string;
  width: number;
  /** 'date': the value is an ISO date shown as a date cell; 'sign': an empty box to fill in by hand */
  kind?: 'date' | 'text' | 'sign';
}

export interface TableSheet {
  name: string;
  /** the title row (row 1) and a line under it (row 2): scope, filter, export time */
  title: string;
  description: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** R-SUP-1: a light per row colours the cell of this column */
  lights?: { column: number; values: ('green' | 'yellow' | 'red' | null)[] };
  /** lines under the table (signatures, notes) */
  footer?: string[];
}

const LIGHT_FILL = { green: 'FFD9F2D0', yellow: 'FFFFF2CC', red: 'FFF8D0D0' } as const;
const thin = { style: 'thin' as const, color: { argb: 'FF8C8C8C' } };

/** An ISO date (or timestamp) as an Excel date cell: midnight UTC is what exceljs maps to the day. */
export const dateCell = (iso: string | null | undefined): Date | null => (iso ? new Date(`${String(iso).slice(0, 10)}T00:00:00Z`) : null);
/** A timestamp's day in Asia/Shanghai, as an Excel date cell. */
export const shanghaiDateCell = (ts: string | Date | null | undefined): Date | null =>
  ts ? dateCell(new Date(new Date(ts).getTime() + 8 * 3600_000).toISOString()) : null;
/** "2025-06-01 14:03" in Asia/Shanghai. */
export const shanghaiStamp = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * A table workbook as the offices exchange them (§6: every ledger, statistic
 * and standard form): per sheet a title row, a description row, Chinese headers
 * in row 3 with a filter and frozen panes, one row per record with dates as
 * date cells, thin borders (printed forms), optional lights and footer lines.
 */
export async function writeTableXlsx(sheets: TableSheet[]): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '建议办理平台';
  wb.created = new Date();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 3 }],
      pageSetup: { paperSize: 9, orientation: s.columns.length > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = s.columns.map((c) => ({ width: c.width, style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {} }));
    const last = Math.max(s.columns.length, 1);
    ws.getCell(1, 1).value = s.title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(1, 1).alignment = { horizontal: 'center' };
    ws.getCell(2, 1).value = s.description;
    ws.getCell(2, 1).font = { color: { argb: 'FF595959' } };
    if (last > 1) {
      ws.mergeCells(1, 1, 1, last);
      ws.mergeCells(2, 1, 2, last);
    }
    const header = ws.getRow(3);
    header.values = s.columns.map((c) => c.header);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      cell.border = { top: thin, bottom: thin, left: thin, right: thin };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: last } };
    s.rows.forEach((values, i) => {
      const row = ws.addRow(values);
      for (let col = 1; col <= last; col++) {
        const cell = row.getCell(col);
        cell.border = { top: thin, bottom: thin, left: thin, right: thin };
        cell.alignment = { vertical: 'top', wrapText: s.columns[col - 1]?.kind !== 'date' };
      }
      const light = s.lights?.values[i];
      if (s.lights && light) row.getCell(s.lights.column + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[light] } };
    });
    if (s.footer?.length) {
      ws.addRow([]);
      for (const line of s.footer) ws.addRow([line]);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
