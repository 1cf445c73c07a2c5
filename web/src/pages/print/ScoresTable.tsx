import { UNIT_SCORE_COMPONENT_LABELS, UNIT_SCORE_COMPONENTS } from '../../../../domain/stats/unit-score';
import type { UnitScores } from '../../api/dashboard';
import { pct } from '../dashboard/format';
import { PrintTable } from './PrintSheet';

const points = (v: number | null) => (v === null ? '—' : v.toFixed(2));

/** 承办单位办理工作考核 on paper: the ranking, each component's points over its numerator and denominator, the deduction and the total. */
export function ScoresTable({ scores }: { scores: UnitScores }) {
  const w = scores.weights;
  const rows = [...scores.units].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  return (
    <>
      <PrintTable
        compact
        rows={rows}
        rowKey={(u) => u.unitId}
        empty="本次会议暂无交办给承办单位的建议"
        columns={[
          { title: '排名', width: '10mm', className: 'center', render: (u) => u.rank ?? '—' },
          { title: '承办单位', render: (u) => u.unitName },
          { title: '主办 / 会办', className: 'num', render: (u) => `${u.leadItems} / ${u.coItems}` },
          ...UNIT_SCORE_COMPONENTS.map((c) => ({
            title: (
              <>
                {UNIT_SCORE_COMPONENT_LABELS[c]}
                <span className="print-sub">{w[c]} 分</span>
              </>
            ),
            className: 'num' as const,
            render: (u: (typeof rows)[number]) => {
              const x = u.components.find((y) => y.component === c)!;
              return (
                <>
                  {x.applicable ? points(x.points) : '不适用'}
                  <span className="print-sub">
                    {x.numerator}/{x.denominator}
                    {x.applicable ? ` · ${pct(x.rate)}` : ''}
                  </span>
                </>
              );
            },
          })),
          { title: '加权得分', className: 'num', render: (u) => points(u.scaled) },
          {
            title: '逾期扣分',
            className: 'num',
            render: (u) => (
              <>
                {u.deduction ? `−${u.deduction.toFixed(2)}` : '0'}
                <span className="print-sub">逾期 {u.lateItems} 件</span>
              </>
            ),
          },
          { title: '总分', className: 'num', render: (u) => <strong>{points(u.total)}</strong> },
        ]}
      />
      <div className="print-note">
        权重取自 {scores.year} 年规则配置：{UNIT_SCORE_COMPONENTS.map((c) => `${UNIT_SCORE_COMPONENT_LABELS[c]} ${w[c]}`).join('、')}；逾期（含到期未办）每件扣{' '}
        {w.lateDeductionPerItem} 分，最多扣 {w.lateDeductionMax}{' '}
        分。会办与主办同等计入。某项没有可计数的事项时记为“不适用”，不得分也不失分，其余各项折算为百分制。统计截至 {scores.asOf}。
      </div>
    </>
  );
}
