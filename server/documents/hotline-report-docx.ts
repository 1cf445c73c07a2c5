/**
 * R-LINE-3 the hotline channel's reports as Word documents in the GB/T 9704 layout (issue 15 §5): the
 * monthly report of the hotline office to the liaison office (运行情况, the orders due but not done and
 * those rated dissatisfied, by unit) and the annual report (calls, problems, solved, the rates and the
 * ratings' shares, by unit), worded as the offices write them.
 */
import { WORK_ORDER_RATINGS, WORK_ORDER_RATING_LABELS } from '../../domain/hotline/orders';
import { formatPercent } from '../../domain/stats/shares';
import type { AnnualFigures, MonthlyReport } from '../queries/hotline/monthly-reports';
import type { PeriodFigures } from '../queries/hotline/report-figures';
import { body, heading1, renderDocument, signature, table, title } from './gbt9704';

const pct = (r: number | null) => formatPercent(r);
const ratioText = (r: { numerator: number; denominator: number; rate: number | null }) =>
  r.denominator === 0 ? '无可统计工单' : `${pct(r.rate)}（${r.numerator}/${r.denominator}）`;

/** The ratings in a sentence: 满意 12 件，占 60.00%；… */
function satisfactionText(f: PeriodFigures): string {
  const s = f.satisfaction;
  if (s.total === 0) return '期间没有代表评价的工单。';
  return `代表评价 ${s.total} 件次，其中${WORK_ORDER_RATINGS.map((r) => `“${WORK_ORDER_RATING_LABELS[r]}”${s.counts[r]} 件次，占 ${pct(s.shares[r])}`).join('；')}。`;
}

const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The tables every report shares: the orders due but not done and the dissatisfied ones, each by unit and one by one. */
function orderTables(f: PeriodFigures, n: { due: string; dis: string }) {
  const out = [];
  out.push(heading1(`${n.due}应当办结但没有办结的工单`));
  if (f.dueNotDone.total === 0) out.push(...body('没有应当办结但没有办结的工单。'));
  else {
    out.push(...body(`共 ${f.dueNotDone.total} 件，涉及 ${f.dueNotDone.byUnit.length} 个承办单位：`));
    out.push(
      table(
        ['承办单位', '件数'],
        f.dueNotDone.byUnit.map((u) => [u.unitName, u.count]),
        [6, 2],
      ),
    );
    out.push(
      table(
        ['工单编号', '事件分类', '来电内容', '承办单位', '办结期限', '逾期天数'],
        f.dueNotDone.orders.map((o) => [o.number, o.category, short(o.content), o.unitName ?? '未派单', o.finishDue ?? '', o.daysOverdue ?? '']),
        [3, 2, 6, 3, 2, 2],
      ),
    );
  }
  out.push(heading1(`${n.dis}代表评价不满意的工单`));
  if (f.dissatisfied.total === 0) out.push(...body('没有代表评价为“不满意”“非常不满意”的工单。'));
  else {
    out.push(...body(`共 ${f.dissatisfied.total} 件，已转有关专门委员会对口督办，涉及属地的同时由当地人大开展属地督办：`));
    out.push(
      table(
        ['承办单位', '件数'],
        f.dissatisfied.byUnit.map((u) => [u.unitName, u.count]),
        [6, 2],
      ),
    );
    out.push(
      table(
        ['工单编号', '事件分类', '来电内容', '承办单位', '代表评价', '当前状态'],
        f.dissatisfied.orders.map((o) => [o.number, o.category, short(o.content), o.unitName ?? '未派单', o.ratingLabel ?? '', o.stateLabel]),
        [3, 2, 6, 3, 2, 2],
      ),
    );
  }
  return out;
}

/** 关于X年X月人大代表民情通达专线运行情况的报告 */
export async function renderMonthlyReportDocx(r: MonthlyReport, names: { liaisonOffice: string; hotlineOffice: string }): Promise<Buffer> {
  const f = r.figures;
  const heading = `关于${r.monthLabel}人大代表民情通达专线运行情况的报告`;
  const intro =
    `${r.monthLabel}，12345热线共受理人大代表来电 ${f.received} 个，反映问题 ${f.problems} 个（同一问题重复来电已并单）。` +
    `当月办结工单 ${f.finished} 件，经代表评价办结 ${f.closed} 件。` +
    `承办单位 24 小时内联系代表率 ${ratioText(f.contactOnTime)}，按期办结率 ${ratioText(f.onTime)}。${satisfactionText(f)}`;
  return renderDocument({
    title: heading,
    children: [
      ...title(heading),
      ...body(`${names.liaisonOffice}：`),
      ...body(`现将${r.monthLabel}人大代表民情通达专线运行情况报告如下。`),
      heading1('一、专线运行基本情况'),
      ...body(intro),
      ...orderTables(f, { due: '二、', dis: '三、' }),
      heading1('四、各承办单位办理情况'),
      f.units.length
        ? table(
            ['承办单位', '工单数', '办结数', '按期办结率', '24小时联系率', '满意率'],
            f.units.map((u) => [u.unitName, u.orders, u.finished, ratioText(u.onTime), ratioText(u.contactOnTime), ratioText(u.satisfied)]),
            [4, 2, 2, 3, 3, 3],
          )
        : body('本月没有派单的工单。')[0],
      ...body('特此报告。'),
      ...signature(names.hotlineOffice, r.generatedAt.slice(0, 10)),
    ],
  });
}

/** X年度人大代表民情通达专线受理和办理情况的报告 */
export async function renderAnnualReportDocx(a: AnnualFigures): Promise<Buffer> {
  const f = a.figures;
  const heading = `关于${a.year}年度人大代表民情通达专线受理和办理情况的报告`;
  const intro =
    `${a.year}年，12345热线共接到人大代表来电 ${f.received} 个，反映问题 ${f.problems} 个，其中 ${f.solved} 个问题得到有效解决，解决率 ${pct(f.solvedRate)}。` +
    `承办单位收到代表反映后 24 小时内与代表联系 ${f.contactOnTime.numerator} 件，24 小时联系率 ${ratioText(f.contactOnTime)}；` +
    `按期办结 ${f.onTime.numerator} 件，按期办结率 ${ratioText(f.onTime)}。${satisfactionText(f)}`;
  return renderDocument({
    title: heading,
    children: [
      ...title(heading),
      ...body(`${a.names.congressName.replace(/人民代表大会.*$/, '')}人大常委会主任会议：`),
      ...body(`现将${a.year}年度人大代表民情通达专线受理和办理情况报告如下。`),
      heading1('一、总体情况'),
      ...body(intro),
      heading1('二、各承办单位办理情况'),
      f.units.length
        ? table(
            ['承办单位', '问题数', '解决数', '按期办结率', '24小时联系率', '满意率'],
            f.units.map((u) => [u.unitName, u.orders, u.solved, ratioText(u.onTime), ratioText(u.contactOnTime), ratioText(u.satisfied)]),
            [4, 2, 2, 3, 3, 3],
          )
        : body('本年度没有派单的工单。')[0],
      heading1('三、代表评价情况'),
      table(
        ['评价', '件次', '占比'],
        [
          ...WORK_ORDER_RATINGS.map((r) => [
            WORK_ORDER_RATING_LABELS[r],
            f.satisfaction.counts[r],
            pct(f.satisfaction.total ? f.satisfaction.shares[r] : null),
          ]),
          ['合计', f.satisfaction.total, f.satisfaction.total ? '100.00%' : '—'],
        ],
        [3, 2, 2],
      ),
      ...orderTables(f, { due: '四、截至年底', dis: '五、年内' }),
      ...body(`统计截至 ${a.asOf}。特此报告。`),
      ...signature(a.names.hotlineOffice, a.asOf),
    ],
  });
}
