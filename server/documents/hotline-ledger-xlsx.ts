/**
 * The hotline channel's month as .xlsx (issue 15 §5, R-LINE-3): the ledger of the orders called in the
 * month in the seed's columns (来电号码, 来电姓名, 事件分类, 来电内容, 来电时间, 回复时间, 回复内容, 满意度)
 * with the unit, state and clocks, then the month's figures, the orders due but not done and the
 * dissatisfied ones.
 */
import type { MonthLedgerRow, MonthlyReport } from '../queries/hotline/monthly-reports';
import { formatPercent } from '../../domain/stats/shares';
import { WORK_ORDER_RATINGS, WORK_ORDER_RATING_LABELS } from '../../domain/hotline/orders';
import { shanghaiStamp, writeTableXlsx } from './table-xlsx';

const at = (v: unknown) => (v ? shanghaiStamp(new Date(v as string)) : null);
const ratioText = (r: { numerator: number; denominator: number; rate: number | null }) => `${formatPercent(r.rate)}（${r.numerator}/${r.denominator}）`;

export async function writeHotlineMonthXlsx(r: MonthlyReport, rows: MonthLedgerRow[]): Promise<Buffer> {
  const f = r.figures;
  return writeTableXlsx([
    {
      name: '工单台账',
      title: `${r.monthLabel}人大代表民情通达专线工作台账`,
      description: `${r.congressName}，来电时间在 ${f.from} 至 ${f.to}，共 ${rows.length} 件`,
      columns: [
        { header: '工单编号', width: 14 },
        { header: '来电号码', width: 14 },
        { header: '来电姓名', width: 10 },
        { header: '事件分类', width: 12 },
        { header: '来电内容', width: 40 },
        { header: '来电时间', width: 17 },
        { header: '紧急程度', width: 8 },
        { header: '承办单位', width: 22 },
        { header: '办理状态', width: 12 },
        { header: '办结期限', width: 12 },
        { header: '办结时间', width: 17 },
        { header: '回复时间', width: 17 },
        { header: '回复内容', width: 40 },
        { header: '满意度', width: 10 },
        { header: '是否逾期', width: 8 },
      ],
      rows: rows.map((o) => [
        o.number,
        o.callerPhone,
        o.deputy?.name ?? '',
        o.category,
        o.content,
        at(o.calledAt),
        o.urgencyLabel,
        o.units.map((u) => u.name).join('、'),
        o.stateLabel,
        o.finishClock.due,
        at(o.finishedAt),
        at(o.fedBackAt),
        o.result,
        o.ratingLabel,
        o.overdue ? '逾期' : '',
      ]),
    },
    {
      name: '运行情况',
      title: `${r.monthLabel}人大代表民情通达专线运行情况`,
      description: `生成于 ${shanghaiStamp(new Date(r.generatedAt))}，生成人：${r.generatedByName}`,
      columns: [
        { header: '项目', width: 28 },
        { header: '数值', width: 24 },
      ],
      rows: [
        ['受理代表来电（件）', f.received],
        ['反映问题（件，不含并单）', f.problems],
        ['当月办结（件）', f.finished],
        ['当月评价办结（件）', f.closed],
        ['应当办结但没有办结（件）', f.dueNotDone.total],
        ['代表评价不满意（件）', f.dissatisfied.total],
        ['24小时内联系代表率', ratioText(f.contactOnTime)],
        ['按期办结率', ratioText(f.onTime)],
        ...WORK_ORDER_RATINGS.map((k) => [
          `${WORK_ORDER_RATING_LABELS[k]}（件次，占比）`,
          `${f.satisfaction.counts[k]}（${formatPercent(f.satisfaction.total ? f.satisfaction.shares[k] : null)}）`,
        ]),
      ],
    },
    {
      name: '应办未办',
      title: `${r.monthLabel}应当办结但没有办结的工单`,
      description: `共 ${f.dueNotDone.total} 件；${f.dueNotDone.byUnit.map((u) => `${u.unitName} ${u.count} 件`).join('，') || '无'}`,
      columns: [
        { header: '工单编号', width: 14 },
        { header: '事件分类', width: 12 },
        { header: '来电内容', width: 40 },
        { header: '承办单位', width: 22 },
        { header: '办结期限', width: 12 },
        { header: '逾期天数', width: 10 },
        { header: '办理状态', width: 12 },
      ],
      rows: f.dueNotDone.orders.map((o) => [o.number, o.category, o.content, o.unitName, o.finishDue, o.daysOverdue, o.stateLabel]),
    },
    {
      name: '评价不满意',
      title: `${r.monthLabel}代表评价不满意的工单`,
      description: `共 ${f.dissatisfied.total} 件；${f.dissatisfied.byUnit.map((u) => `${u.unitName} ${u.count} 件`).join('，') || '无'}`,
      columns: [
        { header: '工单编号', width: 14 },
        { header: '事件分类', width: 12 },
        { header: '来电内容', width: 40 },
        { header: '承办单位', width: 22 },
        { header: '代表评价', width: 12 },
        { header: '办理状态', width: 12 },
      ],
      rows: f.dissatisfied.orders.map((o) => [o.number, o.category, o.content, o.unitName, o.ratingLabel, o.stateLabel]),
    },
  ]);
}
