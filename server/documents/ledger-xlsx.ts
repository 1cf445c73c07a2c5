import { newWorkbook } from './workbook';
import { LEDGER_COLUMN_LABELS, type LedgerColumn } from '../../domain/contracts/ledger-tools';
import { HANDLING_MODE_LABELS, TASK_ROLE_LABELS, type HandlingMode, type TaskRole } from '../../domain/items/kinds';
import { ITEM_STATE_LABELS, TASK_STATE_LABELS, type ItemState, type TaskState } from '../../domain/items/states';
import { KIND_COLUMN, kindCell } from '../../domain/documents/stream-words';

/** One ledger row as queryLedger returns it (the fields the sheet reads). */
export interface LedgerSheetRow {
  /** suggestion | proposal | workOrder: the 类别 column says 建议 or 提案 */
  kind: string;
  number: string;
  title: string;
  state: string;
  classified: boolean;
  leadDeputy: string | null;
  delegation: string | null;
  category: string | null;
  leadUnits: string | null;
  coUnits: string | null;
  currentDue: string | null;
  replyDue: string | null;
  handlingMode: string | null;
  resultClass: string | null;
  submittedAt: string;
  light: 'green' | 'yellow' | 'red' | 'none';
  daysLeft: number | null;
  myTask: { role: string; state: string } | null;
}

type Cell = string | number | Date | null;
interface SheetColumn {
  header: string;
  width: number;
  kind?: 'date' | 'light';
  value: (r: LedgerSheetRow) => Cell;
}

/** R-SUP-1 lights as the offices write them in their own sheets. */
const LIGHT_TEXT = { green: '绿', yellow: '黄', red: '红', none: '' } as const;
const LIGHT_FILL = { green: 'FFD9F2D0', yellow: 'FFFFF2CC', red: 'FFF8D0D0' } as const;

/** An ISO date as an Excel date (a real date cell, not text): midnight UTC is what exceljs maps to the day. */
const excelDate = (iso: string | null): Date | null => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);
/** A timestamp's day in Asia/Shanghai, as an Excel date. */
const shanghaiDay = (ts: string): Date => excelDate(new Date(new Date(ts).getTime() + 8 * 3600_000).toISOString())!;

/** Each chooser column becomes one or more sheet columns (期限 carries its light and days left, as on screen). */
function sheetColumns(key: LedgerColumn, labels: Partial<Record<LedgerColumn, string>>): SheetColumn[] {
  const label = labels[key] ?? LEDGER_COLUMN_LABELS[key];
  switch (key) {
    case 'number':
      return [{ header: label, width: 12, value: (r) => r.number }];
    case 'title':
      // R-REPLY-8: a classified item is only metadata here; say so, so nobody looks for its text.
      return [{ header: label, width: 48, value: (r) => (r.classified ? `${r.title}（涉密，线下办理）` : r.title) }];
    case 'state':
      return [{ header: label, width: 12, value: (r) => ITEM_STATE_LABELS[r.state as ItemState] ?? r.state }];
    case 'myTask':
      return [
        {
          header: label,
          width: 16,
          value: (r) => (r.myTask ? `${TASK_ROLE_LABELS[r.myTask.role as TaskRole]}·${TASK_STATE_LABELS[r.myTask.state as TaskState]}` : null),
        },
      ];
    case 'leadDeputy':
      return [{ header: label, width: 10, value: (r) => r.leadDeputy }];
    case 'delegation':
      return [{ header: label, width: 16, value: (r) => r.delegation }];
    case 'leadUnits':
      return [
        { header: label, width: 24, value: (r) => r.leadUnits },
        { header: '会办单位', width: 24, value: (r) => r.coUnits },
      ];
    case 'due':
      return [
        { header: label, width: 12, kind: 'date', value: (r) => excelDate(r.currentDue) },
        { header: '红黄绿灯', width: 9, kind: 'light', value: (r) => LIGHT_TEXT[r.light] || null },
        { header: '剩余天数', width: 9, value: (r) => r.daysLeft },
      ];
    case 'replyDue':
      return [{ header: label, width: 12, kind: 'date', value: (r) => excelDate(r.replyDue) }];
    case 'handlingMode':
      return [{ header: label, width: 12, value: (r) => (r.handlingMode ? HANDLING_MODE_LABELS[r.handlingMode as HandlingMode] : null) }];
    case 'resultClass':
      return [{ header: label, width: 12, value: (r) => (r.resultClass ? `${r.resultClass} 类` : null) }];
    case 'category':
      return [{ header: label, width: 12, value: (r) => r.category }];
    case 'submittedAt':
      return [{ header: label, width: 12, kind: 'date', value: (r) => shanghaiDay(r.submittedAt) }];
    default: {
      const never: never = key;
      return never;
    }
  }
}

/**
 * The ledger as an .xlsx workbook (§6: export of every ledger): a title row,
 * a row naming the filter and the export time, Chinese headers, then one row
 * per item in the chosen columns and order. Dates are date cells. `labels`
 * renames columns in the reader's words (第一提案人, 界别: §8); `kindColumn`
 * adds 类别 (建议/提案) after the number, for a ledger of both streams.
 */
export async function writeLedgerXlsx(o: {
  title: string;
  description: string;
  columns: readonly LedgerColumn[];
  rows: LedgerSheetRow[];
  labels?: Partial<Record<LedgerColumn, string>>;
  kindColumn?: boolean;
}): Promise<Buffer> {
  const kind: SheetColumn = { header: KIND_COLUMN, width: 6, value: (r) => kindCell(r.kind) };
  const cols = o.columns.flatMap((key) => {
    const own = sheetColumns(key, o.labels ?? {});
    return o.kindColumn && key === 'number' ? [...own, kind] : own;
  });
  // Without the number column the kind still leads the row.
  if (o.kindColumn && !o.columns.includes('number')) cols.unshift(kind);
  const wb = await newWorkbook();
  wb.creator = '建议办理平台';
  wb.created = new Date();
  const ws = wb.addWorksheet('台账', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = cols.map((c) => ({ width: c.width, style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {} }));

  const last = Math.max(cols.length, 1);
  ws.getCell(1, 1).value = o.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = o.description;
  ws.getCell(2, 1).font = { color: { argb: 'FF595959' } };
  if (last > 1) {
    ws.mergeCells(1, 1, 1, last);
    ws.mergeCells(2, 1, 2, last);
  }
  const header = ws.getRow(3);
  header.values = cols.map((c) => c.header);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8C8C8C' } } };
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: last } };

  for (const r of o.rows) {
    const row = ws.addRow(cols.map((c) => c.value(r)));
    cols.forEach((c, i) => {
      if (c.kind !== 'light' || r.light === 'none') return;
      row.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[r.light] } };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
