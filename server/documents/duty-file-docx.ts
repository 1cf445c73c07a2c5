import { todayInShanghai } from '../../domain/deadlines';
import { pointsText } from '../../domain/duty/standing';
import type { DutyFile } from '../queries/duty/documents';
import { body, heading1, renderDocument, signature, table, title } from './gbt9704';

const dayOf = (ts: Date | string) => todayInShanghai(new Date(ts));
const capText = (cap: number | null) => (cap === null ? '不设上限' : `累计最高 ${pointsText(cap)} 分`);

/**
 * A deputy's duty file of a year (代表履职档案, R-DUTY-1) in the GB/T 9704 layout: the seven targets with
 * the records and points of each, what is short, the seed's flag, the records entered with evidence, the
 * suggestions and hotline problems the system counted, the rulebook, the liaison office and the date.
 */
export async function renderDutyFileDocx(f: DutyFile): Promise<Buffer> {
  const who = f.deputy.delegationName ? `代表（${f.deputy.delegationName}）` : '代表';
  const intro =
    `${f.deputy.name}，${f.congressName}${who}。按照代表年度目标任务，每名代表每年至少调研一个问题、作一次大会审议发言、` +
    `提交一件建议、拨打一次12345热线电话、参加一次小组活动、进驻一个联络站、报告一次履职情况。现将其${f.year}年度履职情况和积分记录如下。`;
  const standing = [
    `${f.year}年度积分合计 ${pointsText(f.points)} 分。`,
    f.short.length ? `尚未完成的目标任务：${f.shortLabels.join('、')}。` : '七项年度目标任务均已完成。',
    f.notRecommendable ? '年内没有通过热线反映社情民意，按规定不推荐为优秀代表和连任代表。' : '',
  ].join('');
  return renderDocument({
    title: f.title,
    children: [
      ...title(f.title),
      ...body(intro),
      heading1('一、年度目标任务完成情况'),
      table(
        ['目标任务', '完成次数', '完成情况', '积分'],
        f.targets.map((t) => [t.label, t.count, t.met ? '已完成' : '未完成', pointsText(t.points)]),
        [4, 2, 2, 2],
      ),
      ...body(standing),
      heading1('二、履职记录'),
      ...(f.records.length
        ? [
            table(
              ['日期', '类别', '履职事项', '佐证材料', '录入单位'],
              f.records.map((r) => [
                r.on,
                r.kindLabel,
                r.note ? `${r.title}（${r.note}）` : r.title,
                r.evidence.map((e) => e.filename).join('、'),
                r.enteredByOrgName ?? r.enteredByName ?? '',
              ]),
              [2, 2, 5, 3, 2],
            ),
          ]
        : body('本年度尚无录入的履职记录。')),
      heading1('三、提交建议'),
      ...(f.suggestions.length
        ? [
            table(
              ['编号', '建议标题', '提交日期', '署名', '办理状态'],
              f.suggestions.map((s) => [s.number, s.title, dayOf(s.submittedAt), s.roleLabel, s.stateLabel]),
              [2, 6, 2, 1, 2],
            ),
          ]
        : body('本年度尚未提交建议。')),
      heading1('四、通过民情通达专线反映问题'),
      ...(f.hotlineOrders.length
        ? [
            table(
              ['工单编号', '来电日期', '事件分类', '反映内容', '办理状态'],
              f.hotlineOrders.map((o) => [o.number, dayOf(o.calledAt), o.category, o.content, o.stateLabel]),
              [2, 2, 2, 6, 2],
            ),
          ]
        : body('本年度尚未通过民情通达专线反映问题。')),
      heading1('五、积分规则'),
      ...body(f.rules.map((r) => `${r.label}：每次 ${pointsText(r.points)} 分，${capText(r.cap)}${r.counted ? '（系统自动统计）' : ''}。`).join('\n')),
      ...signature(f.issuer, f.day),
    ],
  });
}
