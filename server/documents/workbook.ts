import type ExcelJS from 'exceljs';

/**
 * A new ExcelJS workbook, the library loaded on first use: importing exceljs
 * takes about a second, which every server start paid before any sheet was
 * asked for (issue 6: PGlite start ≤ 3 s).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: lib } = await import('exceljs');
  return new lib.Workbook();
}
