import type { ReactNode } from 'react';
import type { DashboardStatistics, GroupFigures, SatisfactionVsResolution, Share, UnitPerformanceAnswer } from '../../api/dashboard';
import { EVALUATION_LABELS, LIGHT_SHORT } from '../../lib/labels';
import { shownClasses } from '../dashboard/figure-columns';
import { classRows, pct } from '../dashboard/format';
import { rankByLights, rankByOnTime } from '../dashboard/options';
import { PrintTable, type PrintColumn } from './PrintSheet';

/** The dashboard's tables on paper: the same figures as its 表格 views, every row, no paging. */

/** 总体情况: the headline figures, two to a row. */
export function OverviewTable({ s }: { s: DashboardStatistics }) {
  const pairs: [string, string][] = [
    ['建议件数', `${s.items} 件`],
    ['已交办', `${s.assigned} 件`],
    ['已答复', `${s.replied} 件`],
    ['答复率', pct(s.replyRate)],
    ['按期答复', `${s.onTime} 件`],
    ['按期答复率', pct(s.onTimeRate)],
    ['沟通联系', `${s.contacts} 人次`],
    ['沟通联系率', pct(s.contactRate)],
    ['面商率', pct(s.faceToFaceRate)],
    ['重新办理', `${s.rehandled} 件`],
    ['B类承诺事项', `${s.commitments} 项`],
    ['B类已销号', `${s.commitmentsStruckOff} 项`],
    ['参阅件', `${s.referenceItems} 件`],
    ['满意率', pct(s.evaluations.satisfactionRate)],
  ];
  const rows = pairs.flatMap((p, i) => (i % 2 ? [] : [[p, pairs[i + 1]] as const]));
  return (
    <table className="print-table">
      <tbody>
        {rows.map(([a, b]) => (
          <tr key={a[0]}>
            <th className="print-label">{a[0]}</th>
            <td className="num">{a[1]}</td>
            <th className="print-label">{b?.[0]}</th>
            <td className="num">{b?.[1]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A count with its share beneath. */
const counted = (x: Share) => (
  <>
    {x.count}
    <span className="print-sub">{pct(x.share)}</span>
  </>
);

/** 办理结果类别 or 代表评价: each line's count and share, with a 合计 row. */
export function ShareTable({ s, of }: { s: DashboardStatistics; of: 'classes' | 'evaluations' }) {
  const rows: { key: string; name: string; count: number; share: number }[] =
    of === 'classes'
      ? classRows(s)
      : (['satisfied', 'basicallySatisfied', 'dissatisfied'] as const).map((k) => ({ key: k, name: EVALUATION_LABELS[k], ...s.evaluations[k] }));
  const total = rows.reduce((a, r) => a + r.count, 0);
  const shares = rows.reduce((a, r) => a + Math.round(r.share * 100), 0) / 100;
  return (
    <PrintTable
      narrow
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { title: '项目', render: (r) => r.name },
        { title: '件数', className: 'num', render: (r) => r.count },
        { title: '占比', className: 'num', render: (r) => pct(r.share) },
      ]}
      last={
        <tr className="print-total">
          <td>合计</td>
          <td className="num">{total}</td>
          <td className="num">{pct(total ? shares : 0)}</td>
        </tr>
      }
    />
  );
}

export function OnTimeTable({ perf }: { perf: UnitPerformanceAnswer }) {
  return (
    <PrintTable
      rows={rankByOnTime(perf.units)}
      rowKey={(u) => u.unitId}
      empty="暂无已答复的建议"
      columns={[
        { title: '序号', width: '10mm', className: 'center', render: (_, i) => i + 1 },
        { title: '承办单位', render: (u) => u.unitName },
        { title: '主办', className: 'num', render: (u) => u.leadItems },
        { title: '会办', className: 'num', render: (u) => u.coItems },
        { title: '已答复', className: 'num', render: (u) => u.replied },
        { title: '按期答复', className: 'num', render: (u) => u.onTime },
        { title: '按期答复率', className: 'num', render: (u) => pct(u.onTimeRate) },
      ]}
    />
  );
}

export function LightsTable({ perf }: { perf: UnitPerformanceAnswer }) {
  return (
    <PrintTable
      rows={rankByLights(perf.units)}
      rowKey={(u) => u.unitId}
      empty="没有正在计时的办理期限"
      flag={(u) => u.lights.red > 0}
      columns={[
        { title: '承办单位', render: (u) => u.unitName },
        ...(['red', 'yellow', 'green'] as const).map((k) => ({
          title: LIGHT_SHORT[k],
          className: 'num' as const,
          render: (u: (typeof perf.units)[number]) => u.lights[k],
        })),
      ]}
    />
  );
}

/** The figures of groups (units' lead or co parts, categories, delegations, deputies), one row each. */
export function FiguresTable<T>(p: {
  rows: readonly T[];
  name: string;
  nameOf: (r: T) => string;
  at: (r: T) => GroupFigures;
  extra?: PrintColumn<T>[];
  empty: string;
}) {
  const f = (title: string, get: (g: GroupFigures) => ReactNode): PrintColumn<T> => ({ title, className: 'num', render: (r) => get(p.at(r)) });
  return (
    <PrintTable
      compact
      rows={p.rows}
      rowKey={(_, i) => i}
      empty={p.empty}
      columns={[
        { title: p.name, render: p.nameOf },
        ...(p.extra ?? []),
        f('件数', (g) => g.items),
        f('已答复', (g) => g.replied),
        f('答复率', (g) => pct(g.replyRate)),
        f('按期率', (g) => pct(g.onTimeRate)),
        ...shownClasses(p.rows.map(p.at)).map((c) => f(`${c} 类`, (g) => counted(g.resultClasses[c] ?? { count: 0, share: 0 }))),
        f('满意', (g) => counted(g.evaluations.satisfied)),
        f('基本满意', (g) => counted(g.evaluations.basicallySatisfied)),
        f('不满意', (g) => counted(g.evaluations.dissatisfied)),
        f('联系人次', (g) => g.contacts),
        f('面商率', (g) => pct(g.faceToFaceRate)),
        f('重新办理', (g) => g.rehandled),
        f('B 类销号', (g) => g.commitmentsStruckOff),
      ]}
    />
  );
}

export function SatisfactionTable({ rows }: { rows: SatisfactionVsResolution[] }) {
  const shown = rows
    .filter((u) => u.satisfiedShare !== null || u.solvedShare !== null)
    .sort((a, b) => (b.gap ?? -999) - (a.gap ?? -999) || a.unitId - b.unitId);
  return (
    <PrintTable
      rows={shown}
      rowKey={(u) => u.unitId}
      empty="暂无已答复或已评价的建议"
      columns={[
        { title: '承办单位', render: (u) => u.unitName },
        { title: '件数', className: 'num', render: (u) => u.items },
        { title: '满意（含基本满意）/ 评价', className: 'num', render: (u) => `${u.satisfied} / ${u.evaluations}` },
        { title: '满意率', className: 'num', render: (u) => pct(u.satisfiedShare) },
        { title: 'A 类 / 已分类', className: 'num', render: (u) => `${u.classA} / ${u.classed}` },
        { title: '解决率', className: 'num', render: (u) => pct(u.solvedShare) },
        { title: '差（百分点）', className: 'num', render: (u) => (u.gap === null ? '—' : u.gap.toFixed(2)) },
        { title: '满意但未解决（件）', className: 'num', render: (u) => u.satisfiedNotSolved },
      ]}
    />
  );
}
