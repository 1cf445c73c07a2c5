/**
 * The hotline channel's import sheet (issue 15 §1: orders "imported from an Excel sheet"): the template
 * (工单清单 with Chinese headers, 说明 describing every column, the categories of the dispatch catalogue as
 * a drop-down) and its reader: each non-empty row with its Excel row number, which every error cites.
 */
import { newWorkbook } from './workbook';
import { cellValue } from './import-sheet';

export type HotlineImportKey = 'callerPhone' | 'callerName' | 'category' | 'content' | 'calledAt' | 'urgency' | 'place';

export interface HotlineImportColumn {
  key: HotlineImportKey;
  header: string;
  required: boolean;
  width: number;
  note: string;
}

/** The columns of the sheet, in the template's order (the seed's ledger columns the channel takes in). */
export const HOTLINE_IMPORT_COLUMNS: readonly HotlineImportColumn[] = [
  { key: 'callerPhone', header: '来电号码', required: true, width: 16, note: '必填。代表的来电号码，如 13807370001；按号码匹配本级人大代表' },
  { key: 'callerName', header: '来电姓名', required: false, width: 10, note: '选填。来电人自报的姓名，仅作记录' },
  { key: 'category', header: '事件分类', required: true, width: 14, note: '必填，不超过 100 字。与派单目录中的分类同名时按目录派单' },
  { key: 'content', header: '来电内容', required: true, width: 50, note: '必填，不超过 4000 字' },
  { key: 'calledAt', header: '来电时间', required: true, width: 18, note: '必填。如 2026-03-05 09:30（北京时间），不得晚于导入时间' },
  { key: 'urgency', header: '紧急程度', required: false, width: 10, note: '选填。急办 或 一般，不填为一般' },
  { key: 'place', header: '所在地', required: false, width: 24, note: '选填，不超过 100 字。写明区县（市）、乡镇（街道），用于属地督办' },
];

const SHEET = '工单清单';
const VALIDATED_ROWS = 1_001;

/** The template: the data sheet, 说明, and 选项 with the catalogue's categories and the urgencies. */
export async function writeHotlineImportTemplate(o: { categories: string[] }): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '建议办理平台';
  wb.created = new Date();
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = HOTLINE_IMPORT_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.values = HOTLINE_IMPORT_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  HOTLINE_IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFE8EEF7' } };
    cell.note = c.note;
  });
  const lists = wb.addWorksheet('选项');
  lists.getRow(1).values = ['事件分类', '紧急程度'];
  o.categories.forEach((c, i) => (lists.getCell(i + 2, 1).value = c));
  ['急办', '一般'].forEach((u, i) => (lists.getCell(i + 2, 2).value = u));
  const col = (k: HotlineImportKey) => String.fromCharCode(65 + HOTLINE_IMPORT_COLUMNS.findIndex((c) => c.key === k));
  for (let r = 2; r <= VALIDATED_ROWS; r++) {
    ws.getCell(`${col('urgency')}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['选项!$B$2:$B$3'] };
    if (o.categories.length) {
      // A category outside the catalogue is allowed (the hotline office dispatches it by hand): a warning, not a stop.
      ws.getCell(`${col('category')}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'warning',
        formulae: [`选项!$A$2:$A$${o.categories.length + 1}`],
      };
    }
  }
  const help = wb.addWorksheet('说明');
  help.columns = [{ width: 14 }, { width: 8 }, { width: 80 }];
  help.addRow(['列名', '是否必填', '填写说明']).font = { bold: true };
  for (const c of HOTLINE_IMPORT_COLUMNS) help.addRow([c.header, c.required ? '必填' : '选填', c.note]);
  help.addRow([]);
  help.addRow(['导入规则', '', '逐行校验，任何一行有错误时整个文件都不导入，并按行列出错误；全部通过后一次写入，工单来源为“表格导入”。']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type RawValue = string | Date;
export interface HotlineSheetRow {
  row: number;
  values: Partial<Record<HotlineImportKey, RawValue>>;
}
export interface HotlineSheet {
  rows: HotlineSheetRow[];
  errors: { row: number; column?: string; message: string }[];
}

/** Reads the sheet with the 来电号码 and 来电内容 headers within its first 5 rows. */
export async function readHotlineImportSheet(buffer: Buffer): Promise<HotlineSheet> {
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { rows: [], errors: [{ row: 0, message: '文件无法读取：不是有效的 .xlsx 文件' }] };
  }
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(5, ws.rowCount); r++) {
      const heads = new Map<string, number>();
      ws.getRow(r).eachCell((cell, colNumber) => heads.set(String(cellValue(cell.value)).replace(/\s|\*/g, ''), colNumber));
      if (!heads.has('来电号码') || !heads.has('来电内容')) continue;
      const missing = HOTLINE_IMPORT_COLUMNS.filter((c) => c.required && !heads.has(c.header));
      if (missing.length) return { rows: [], errors: missing.map((c) => ({ row: r, column: c.header, message: `第 ${r} 行表头缺少必填列“${c.header}”` })) };
      const rows: HotlineSheetRow[] = [];
      ws.eachRow((row, rowNumber) => {
        if (rowNumber <= r) return;
        const values: HotlineSheetRow['values'] = {};
        let any = false;
        for (const c of HOTLINE_IMPORT_COLUMNS) {
          const at = heads.get(c.header);
          if (at === undefined) continue;
          const v = cellValue(row.getCell(at).value);
          if (v !== '') {
            values[c.key] = v;
            any = true;
          }
        }
        if (any) rows.push({ row: rowNumber, values });
      });
      return { rows, errors: [] };
    }
  }
  return { rows: [], errors: [{ row: 1, message: '未找到含“来电号码”“来电内容”表头的工作表，请使用专线工单导入模板' }] };
}
