import { DUTY_KIND_LABELS, DUTY_KINDS } from '../../domain/duty/duty';
import type { DutyExport } from '../queries/duty/documents';
import { dateCell, shanghaiDateCell, shanghaiStamp, writeTableXlsx } from './table-xlsx';

/**
 * The office's list of deputies' duty of a year as an .xlsx workbook (R-DUTY-1, R-LINE-4): the ranking
 * with each duty's records, the points, the targets short and the seed's flag; the records entered with
 * evidence; the rulebook.
 */
export async function writeDutyXlsx(x: DutyExport): Promise<Buffer> {
  const count =
    x.rows.length === x.totals.deputies
      ? `共 ${x.rows.length} 名代表，有未完成目标任务的 ${x.totals.short} 名，不推荐为优秀代表和连任代表的 ${x.totals.notRecommendable} 名`
      : `按筛选条件列出 ${x.rows.length} 名代表（共 ${x.totals.deputies} 名）`;
  return writeTableXlsx([
    {
      name: '履职情况',
      title: x.title,
      description: `${x.issuer}，${count}，导出时间 ${shanghaiStamp(x.exportedAt)}`,
      columns: [
        { header: '积分排名', width: 8 },
        { header: '代表', width: 10 },
        { header: '代表团', width: 16 },
        ...DUTY_KINDS.map((k) => ({ header: DUTY_KIND_LABELS[k], width: 10 })),
        { header: '积分', width: 8 },
        { header: '未完成的目标任务', width: 36 },
        { header: '不推荐为优秀代表和连任代表', width: 14 },
      ],
      rows: x.rows.map((r) => [
        r.rank,
        r.deputy.name,
        r.deputy.delegationName,
        ...DUTY_KINDS.map((k) => r.counts[k]),
        r.points,
        r.shortLabels.join('、') || '无',
        r.notRecommendable ? '是' : '否',
      ]),
      footer: ['年内没有通过热线反映社情民意的代表，不推荐为优秀代表和连任代表。'],
    },
    {
      name: '履职记录',
      title: `${x.title}（录入的履职记录）`,
      description: '提交建议和通过专线反映问题由系统自动统计，不在此列。',
      columns: [
        { header: '代表', width: 10 },
        { header: '代表团', width: 16 },
        { header: '日期', width: 12, kind: 'date' },
        { header: '类别', width: 14 },
        { header: '履职事项', width: 36 },
        { header: '说明', width: 30 },
        { header: '佐证材料', width: 30 },
        { header: '录入单位', width: 18 },
        { header: '录入人', width: 10 },
        { header: '录入日期', width: 12, kind: 'date' },
      ],
      rows: x.records.map((r) => [
        r.deputy.name,
        r.deputy.delegationName,
        dateCell(r.on),
        r.kindLabel,
        r.title,
        r.note,
        r.evidence.map((e) => e.filename).join('、'),
        r.enteredByOrgName,
        r.enteredByName,
        shanghaiDateCell(r.createdAt),
      ]),
    },
    {
      name: '积分规则',
      title: `${x.place}${x.year}年度代表履职积分规则`,
      description: '每项目标任务每完成一次积分，累计不超过上限。',
      columns: [
        { header: '目标任务', width: 20 },
        { header: '每次积分', width: 10 },
        { header: '累计上限', width: 10 },
        { header: '统计方式', width: 16 },
      ],
      rows: x.ruleLines.map((r) => [r.label, r.points, r.cap ?? '不设上限', r.counted ? '系统自动统计' : '录入并上传佐证']),
    },
  ]);
}
