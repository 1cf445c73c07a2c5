import { INDICATOR_LABELS } from '../../domain/checklists/scoring';
import type { ScoreSheet } from '../queries/checklists/score-sheet';
import { shanghaiDateCell, writeTableXlsx } from './table-xlsx';

/** The annual assessment as an .xlsx workbook: the ranking, every score with its basis, the bonuses and deductions, the indicators. */
export async function writeScoreSheetXlsx(s: ScoreSheet): Promise<Buffer> {
  const scheme = s.scheme;
  const state = s.state === 'finalized' ? '考核结果已确定' : '评分中，结果尚未确定';
  return writeTableXlsx([
    {
      name: '得分与排名',
      title: s.title,
      description: `${s.issuer}，${state}，${s.day}`,
      columns: [
        { header: '名次', width: 6 },
        { header: '乡镇', width: 14 },
        ...scheme.indicators.map((i) => ({ header: `${i.label}（${i.points}分）`, width: 14 })),
        { header: '加分', width: 8 },
        { header: '扣分', width: 8 },
        { header: '总分', width: 8 },
      ],
      rows: s.rows.map((r) => [r.rank, r.township.name, ...r.indicators.map((i) => i.counted), r.bonus, r.deduction, r.total]),
    },
    {
      name: '评分明细',
      title: `${s.title}（评分明细）`,
      description: '自动计分取自指导清单落实情况和本系统代表建议办理数据；人工评分替代自动计分，须注明理由。',
      columns: [
        { header: '乡镇', width: 14 },
        { header: '考核指标', width: 26 },
        { header: '自动计分', width: 10 },
        { header: '计分依据', width: 36 },
        { header: '人工评分', width: 10 },
        { header: '人工评分理由', width: 36 },
        { header: '计入得分', width: 10 },
      ],
      rows: s.rows.flatMap((r) => r.indicators.map((i) => [r.township.name, INDICATOR_LABELS[i.key], i.auto, i.basis, i.manual, i.reason, i.counted])),
    },
    {
      name: '加分扣分',
      title: `${s.title}（加分和扣分）`,
      description: `加分合计不超过 ${scheme.bonusCap} 分。`,
      columns: [
        { header: '乡镇', width: 14 },
        { header: '类别', width: 8 },
        { header: '项目', width: 24 },
        { header: '分值', width: 8 },
        { header: '理由', width: 40 },
        { header: '登记人', width: 12 },
        { header: '登记日期', width: 12, kind: 'date' },
      ],
      rows: s.rows.flatMap((r) =>
        r.adjustments.map((a) => [r.township.name, a.kindLabel, a.item, a.points, a.reason, a.createdByName, shanghaiDateCell(a.createdAt)]),
      ),
    },
    {
      name: '考核指标',
      title: `${s.place}${s.year}年度乡镇人大工作考核指标和计分细则`,
      description: '加分项目和扣分项目列于指标之后。',
      columns: [
        { header: '指标或项目', width: 28 },
        { header: '分值', width: 8 },
        { header: '计分细则', width: 70 },
      ],
      rows: [
        ...scheme.indicators.map((i) => [i.label, i.points, `${i.evidenceRule}（${i.sourceLabel}）`]),
        ...scheme.bonusItems.map((b) => [`加分：${b.name}`, b.points, b.rule]),
        ...scheme.deductionItems.map((d) => [`扣分：${d.name}`, d.points, d.rule]),
      ],
    },
  ]);
}
