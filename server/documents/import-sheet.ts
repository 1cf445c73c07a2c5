import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbook';
import { IMPORT_COLUMNS, type ImportColumnKey, type ImportError, type ImportRow } from '../../domain/contracts/imports';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DATA_SHEET = '建议清单';
const DATE_KEYS = new Set<ImportColumnKey>(['submittedOn', 'assignedOn']);
/**
 * Validation lists reach this row. exceljs expands a validated range cell by
 * cell when it reads a file, so the range stays modest: long lists come from
 * other systems, not typed by hand.
 */
const VALIDATED_ROWS = 2_001;

export interface TemplateLists {
  categories: string[];
  deputies: string[];
  delegations: string[];
  units: string[];
}

/**
 * The import template (§6), or an export of items in its shape: the data sheet
 * (Chinese headers in row 1, one item per row; dates as date cells), 说明
 * describing every column and its allowed values, and 选项 holding the lists the
 * data validation offers (categories, deputies, delegations, units).
 */
export async function writeImportWorkbook(o: { lists: TemplateLists; rows?: ImportRow[]; sessionName?: string }): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '建议办理平台';
  wb.created = new Date();
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = IMPORT_COLUMNS.map((c) => ({ key: c.key, width: c.width, style: DATE_KEYS.has(c.key) ? { numFmt: 'yyyy-mm-dd' } : {} }));
  const header = ws.getRow(1);
  header.values = IMPORT_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFE8EEF7' } };
    cell.note = c.note;
  });
  for (const r of o.rows ?? []) {
    ws.addRow(IMPORT_COLUMNS.map((c) => (DATE_KEYS.has(c.key) && r[c.key] ? new Date(`${r[c.key]}T00:00:00Z`) : (r[c.key] ?? null))));
  }

  const lists = wb.addWorksheet('选项');
  const listCols: [string, string[]][] = [
    ['类别', o.lists.categories],
    ['代表', o.lists.deputies],
    ['代表团', o.lists.delegations],
    ['承办单位', o.lists.units],
  ];
  listCols.forEach(([title, values], i) => {
    lists.getCell(1, i + 1).value = title;
    values.forEach((v, j) => (lists.getCell(j + 2, i + 1).value = v));
    lists.getColumn(i + 1).width = 24;
  });
  // An export (rows given) is data to import back, not a form to fill in: no validation to slow its reading.
  if (!o.rows) addValidations(ws, o.lists);
  addHelp(wb, o.sessionName);
  wb.views = [{ activeTab: 0, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Drop-down lists (period, mode from fixed values; category, deputy, delegation, unit from 选项) and date checks. */
function addValidations(ws: ExcelJS.Worksheet, lists: TemplateLists) {
  const col = (key: ImportColumnKey) => String.fromCharCode(65 + IMPORT_COLUMNS.findIndex((c) => c.key === key));
  const range = (key: ImportColumnKey) => `${col(key)}2:${col(key)}${VALIDATED_ROWS}`;
  const listRef = (i: number, n: number) => `选项!$${String.fromCharCode(65 + i)}$2:$${String.fromCharCode(65 + i)}$${Math.max(n + 1, 2)}`;
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const list = (key: ImportColumnKey, formula: string, strict = true) =>
    dv.add(range(key), {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: strict,
      errorStyle: strict ? 'stop' : 'warning',
      error: '请从下拉列表中选择',
    });
  list('period', '"大会期间,闭会期间"');
  list('handlingMode', '"单独办理,主办会办,分办,领导领办"');
  list('category', listRef(0, lists.categories.length), false);
  list('leadDeputy', listRef(1, lists.deputies.length), false);
  list('delegation', listRef(2, lists.delegations.length));
  // 主办单位 may hold several split units: a warning, not a stop.
  list('leadUnits', listRef(3, lists.units.length), false);
  for (const key of ['submittedOn', 'assignedOn'] as const) {
    dv.add(range(key), {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date('2000-01-01T00:00:00Z')],
      showErrorMessage: true,
      error: '请填写日期，如 2025-01-15',
    });
  }
}

function addHelp(wb: ExcelJS.Workbook, sessionName?: string) {
  const help = wb.addWorksheet('说明');
  help.columns = [{ width: 12 }, { width: 8 }, { width: 90 }];
  help.addRow([`代表建议导入模板${sessionName ? `（${sessionName}）` : ''}`]).font = { bold: true, size: 14 };
  help.addRow(['在“建议清单”表中每行填写一件建议，第 1 行为表头，请勿修改表头。整个文件全部校验通过才会导入；任何一行有误，全部不导入，并按行号列出错误。']);
  help.addRow(['填写了“办理方式”的行导入为已交办（办理中），按交办日期和规则配置计算各项办理期限；否则导入为待交办。']);
  help.addRow([]);
  const h = help.addRow(['列名', '必填', '说明与允许的值']);
  h.font = { bold: true };
  for (const c of IMPORT_COLUMNS) help.addRow([c.header, c.required ? '是' : '否', c.note]);
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}

/** A cell as text: dates as YYYY-MM-DD (the day exceljs maps them to, UTC), rich text and formulas by their text. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text).trim();
    if ('error' in v) return '';
  }
  return String(v).trim();
}

export interface ReadSheet {
  rows: { row: number; values: ImportRow }[];
  /** structural errors (no sheet, missing columns): the file cannot be read row by row */
  errors: ImportError[];
}

/**
 * Reads the data sheet of an import: the first sheet that has the 编号 and 标题
 * headers within its first 5 rows; each following non-empty row becomes one
 * item with its Excel row number (the number the errors cite).
 */
export async function readImportWorkbook(buffer: Buffer): Promise<ReadSheet> {
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { rows: [], errors: [{ row: 0, message: '文件无法读取：不是有效的 .xlsx 文件' }] };
  }
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(5, ws.rowCount); r++) {
      const heads = new Map<string, number>();
      ws.getRow(r).eachCell((cell, colNumber) => heads.set(cellText(cell.value).replace(/\s|\*/g, ''), colNumber));
      if (!heads.has('编号') || !heads.has('标题')) continue;
      const missing = IMPORT_COLUMNS.filter((c) => c.required && !heads.has(c.header));
      if (missing.length) return { rows: [], errors: missing.map((c) => ({ row: r, column: c.header, message: `第 ${r} 行表头缺少必填列“${c.header}”` })) };
      const cols = IMPORT_COLUMNS.map((c) => [c.key, heads.get(c.header)] as const).filter((x): x is [ImportColumnKey, number] => x[1] !== undefined);
      const rows: ReadSheet['rows'] = [];
      ws.eachRow((row, rowNumber) => {
        if (rowNumber <= r) return;
        const values: ImportRow = {};
        let any = false;
        for (const [key, c] of cols) {
          const t = cellText(row.getCell(c).value);
          if (t) {
            values[key] = t;
            any = true;
          }
        }
        if (any) rows.push({ row: rowNumber, values });
      });
      return { rows, errors: [] };
    }
  }
  return { rows: [], errors: [{ row: 1, message: '未找到含“编号”“标题”表头的工作表，请使用导入模板' }] };
}
