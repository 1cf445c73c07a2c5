import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbook';
import { importColumnsOf, type ImportColumn, type ImportColumnKey, type ImportError, type ImportRow } from '../../domain/contracts/imports';
import { streamWords, type StreamKind } from '../../domain/documents/stream-words';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The data sheet: 建议清单, or 提案清单 in a CPPCC committee (§8). */
export const dataSheetName = (kind: StreamKind) => `${streamWords([kind]).item}清单`;
const DATE_KEYS = new Set<ImportColumnKey>(['submittedOn', 'assignedOn']);
/**
 * Validation lists reach this row. exceljs expands a validated range cell by
 * cell when it reads a file, so the range stays modest: long lists come from
 * other systems, not typed by hand.
 */
const VALIDATED_ROWS = 2_001;

export interface TemplateLists {
  categories: string[];
  /** a congress's deputies, a CPPCC committee's members */
  deputies: string[];
  /** a congress's delegations, a CPPCC committee's sectors (界别) */
  delegations: string[];
  units: string[];
  /** a CPPCC committee's participating organizations and special committees (集体提案的提案单位) */
  organizations?: string[];
}

/**
 * The import template (§6), or an export of items in its shape: the data sheet
 * (Chinese headers in row 1, one item per row; dates as date cells), 说明
 * describing every column and its allowed values, and 选项 holding the lists the
 * data validation offers (categories, deputies, delegations, units). In a CPPCC
 * committee (`kind` proposal, §8) the sheet is 提案清单 with 提出方式, 提案单位,
 * 第一提案人, 联名委员 and 界别.
 */
export async function writeImportWorkbook(o: { lists: TemplateLists; rows?: ImportRow[]; sessionName?: string; kind?: StreamKind }): Promise<Buffer> {
  const kind = o.kind ?? 'suggestion';
  const columns = importColumnsOf(kind);
  const w = streamWords([kind]);
  const wb = await newWorkbook();
  wb.creator = '建议办理平台';
  wb.created = new Date();
  const ws = wb.addWorksheet(dataSheetName(kind), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width, style: DATE_KEYS.has(c.key) ? { numFmt: 'yyyy-mm-dd' } : {} }));
  const header = ws.getRow(1);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFE8EEF7' } };
    cell.note = c.note;
  });
  for (const r of o.rows ?? []) {
    ws.addRow(columns.map((c) => (DATE_KEYS.has(c.key) && r[c.key] ? new Date(`${r[c.key]}T00:00:00Z`) : (r[c.key] ?? null))));
  }

  const lists = wb.addWorksheet('选项');
  const listCols: [string, string[]][] = [
    ['类别', o.lists.categories],
    [w.submitter, o.lists.deputies],
    [w.group, o.lists.delegations],
    ['承办单位', o.lists.units],
    ...(kind === 'proposal' ? [['提案单位', o.lists.organizations ?? []] as [string, string[]]] : []),
  ];
  listCols.forEach(([title, values], i) => {
    lists.getCell(1, i + 1).value = title;
    values.forEach((v, j) => (lists.getCell(j + 2, i + 1).value = v));
    lists.getColumn(i + 1).width = 24;
  });
  // An export (rows given) is data to import back, not a form to fill in: no validation to slow its reading.
  if (!o.rows) addValidations(ws, o.lists, columns);
  addHelp(wb, kind, columns, o.sessionName);
  wb.views = [{ activeTab: 0, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Drop-down lists (period, mode, 提出方式 from fixed values; category, deputy, delegation, unit, 提案单位 from 选项) and date checks. */
function addValidations(ws: ExcelJS.Worksheet, lists: TemplateLists, columns: readonly ImportColumn[]) {
  const col = (key: ImportColumnKey) => String.fromCharCode(65 + columns.findIndex((c) => c.key === key));
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
  if (columns.some((c) => c.key === 'submitterOrg')) {
    list('submissionType', '"个人,联名,集体"');
    list('submitterOrg', listRef(4, lists.organizations?.length ?? 0));
  }
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

function addHelp(wb: ExcelJS.Workbook, kind: StreamKind, columns: readonly ImportColumn[], sessionName?: string) {
  const w = streamWords([kind]);
  const help = wb.addWorksheet('说明');
  help.columns = [{ width: 12 }, { width: 8 }, { width: 90 }];
  help.addRow([`${w.itemFull}导入模板${sessionName ? `（${sessionName}）` : ''}`]).font = { bold: true, size: 14 };
  help.addRow([
    `在“${dataSheetName(kind)}”表中每行填写一件${w.item}，第 1 行为表头，请勿修改表头。整个文件全部校验通过才会导入；任何一行有误，全部不导入，并按行号列出错误。`,
  ]);
  help.addRow(['填写了“办理方式”的行导入为已交办（办理中），按交办日期和规则配置计算各项办理期限；否则导入为待交办。']);
  if (kind === 'proposal') {
    help.addRow(['集体提案由党派、人民团体或专门委员会以本单位名义提出：“提出方式”填“集体”，“提案单位”填单位名称，不填联名委员；答复时主送该单位。']);
  }
  help.addRow([]);
  const h = help.addRow(['列名', '必填', '说明与允许的值']);
  h.font = { bold: true };
  for (const c of columns) help.addRow([c.header, c.required ? '是' : '否', c.note]);
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * A cell's value: a Date for a date cell (its UTC fields are the wall-clock value shown), else its text —
 * rich text and formulas by their text, errors and empty cells as ''. Shared by every sheet we read.
 */
export function cellValue(v: ExcelJS.CellValue): string | Date {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v;
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text).trim();
    if ('error' in v) return '';
  }
  return String(v).trim();
}

/** A cell as text: dates as YYYY-MM-DD (the day exceljs maps them to, UTC). */
function cellText(v: ExcelJS.CellValue): string {
  const x = cellValue(v);
  return x instanceof Date ? x.toISOString().slice(0, 10) : x;
}

export interface ReadSheet {
  rows: { row: number; values: ImportRow }[];
  /** structural errors (no sheet, missing columns): the file cannot be read row by row */
  errors: ImportError[];
}

/** The lead submitter's header of the other body's sheet: a suggestion list uploaded as proposals, or the reverse. */
const OTHER_LEAD = { suggestion: '第一提案人', proposal: '领衔代表' } as const;

/**
 * Reads the data sheet of an import: the first sheet that has the 编号 and 标题
 * headers within its first 5 rows; each following non-empty row becomes one
 * item with its Excel row number (the number the errors cite). The columns are
 * the body's (`kind`): a suggestion list uploaded into a CPPCC committee, or a
 * proposal list into a congress, is refused as the wrong template.
 */
export async function readImportWorkbook(buffer: Buffer, kind: StreamKind = 'suggestion'): Promise<ReadSheet> {
  const columns = importColumnsOf(kind);
  const own = columns.find((c) => c.key === 'leadDeputy')!.header;
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
      if (heads.has(OTHER_LEAD[kind]) && !heads.has(own)) {
        const w = streamWords([kind]);
        const message = `第 ${r} 行表头有“${OTHER_LEAD[kind]}”列，这不是${w.itemFull}的导入模板，请下载${w.itemFull}导入模板填写`;
        return { rows: [], errors: [{ row: r, column: OTHER_LEAD[kind], message }] };
      }
      const missing = columns.filter((c) => c.required && !heads.has(c.header));
      if (missing.length) return { rows: [], errors: missing.map((c) => ({ row: r, column: c.header, message: `第 ${r} 行表头缺少必填列“${c.header}”` })) };
      const cols = columns.flatMap((c) => {
        const at = heads.get(c.header);
        return at === undefined ? [] : [[c.key, at] as const];
      });
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
