import { newWorkbook } from './workbook';
import { UNIT_SCORE_COMPONENT_LABELS, UNIT_SCORE_COMPONENTS } from '../../domain/stats';
import type { UnitScoresResult } from '../queries/unit-scores';

/**
 * The unit scores (R-STAT-2) as an .xlsx workbook: a title (the session in full), a line with the
 * weights and the day counted to, two header rows (each component: 分子,
 * 分母, 比率, 得分), then one row per unit in rank order. A component that
 * does not apply to a unit shows its 0/0 and 不适用 for the points.
 */
export async function writeUnitScoresXlsx(r: UnitScoresResult, sessionFullName: string): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '建议办理平台';
  wb.created = new Date();
  const ws = wb.addWorksheet('单位考核', { views: [{ state: 'frozen', ySplit: 4, xSplit: 2 }] });
  const fixed = ['排名', '承办单位', '主办件', '会办件'];
  const tail = ['加权得分', '逾期件数', '扣分', '总分'];
  const last = fixed.length + UNIT_SCORE_COMPONENTS.length * 4 + tail.length;
  const w = r.weights;
  ws.getCell(1, 1).value = `${sessionFullName}承办单位办理工作考核`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value =
    `权重：${UNIT_SCORE_COMPONENTS.map((c) => `${UNIT_SCORE_COMPONENT_LABELS[c]} ${w[c]}`).join('，')}；逾期每件扣 ${w.lateDeductionPerItem} 分，最多扣 ${w.lateDeductionMax} 分。` +
    `统计截至 ${r.asOf}；无可计数项目的指标不适用，按其余指标折算为百分制。`;
  ws.mergeCells(1, 1, 1, last);
  ws.mergeCells(2, 1, 2, last);

  const top = ws.getRow(3);
  const sub = ws.getRow(4);
  fixed.forEach((h, i) => {
    top.getCell(i + 1).value = h;
    ws.mergeCells(3, i + 1, 4, i + 1);
  });
  UNIT_SCORE_COMPONENTS.forEach((c, k) => {
    const col = fixed.length + k * 4 + 1;
    top.getCell(col).value = `${UNIT_SCORE_COMPONENT_LABELS[c]}（${w[c]} 分）`;
    ws.mergeCells(3, col, 3, col + 3);
    ['分子', '分母', '比率(%)', '得分'].forEach((h, j) => (sub.getCell(col + j).value = h));
  });
  tail.forEach((h, i) => {
    const col = fixed.length + UNIT_SCORE_COMPONENTS.length * 4 + i + 1;
    top.getCell(col).value = h;
    ws.mergeCells(3, col, 4, col);
  });
  for (const row of [top, sub]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle' };
    row.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }));
  }
  ws.getColumn(2).width = 28;

  for (const u of r.units) {
    ws.addRow([
      u.rank,
      u.unitName,
      u.leadItems,
      u.coItems,
      ...u.components.flatMap((c) => [c.numerator, c.denominator, c.rate, c.applicable ? c.points : '不适用']),
      u.scaled,
      u.lateItems,
      u.deduction,
      u.total,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
