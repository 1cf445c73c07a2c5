import { Col, Table } from 'antd';
import { useMemo } from 'react';
import type { SatisfactionVsResolution } from '../../api/dashboard';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { barHeight, pct } from './format';
import { satisfactionVsResolutionOption } from './options-breakdown';

/**
 * 满意率与解决率对照 (被满意): per unit, the share of evaluations satisfied or
 * basically satisfied beside the share of its classed items that are A. A
 * wide gap means deputies were satisfied with the handling, not the result.
 */
export function SatisfactionResolutionCard(p: {
  data: SatisfactionVsResolution[] | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
  narrow: boolean;
}) {
  // Units with something to compare, the widest gap first.
  const rows = useMemo(
    () =>
      (p.data ?? [])
        .filter((u) => u.satisfiedShare !== null || u.solvedShare !== null)
        .sort((a, b) => (b.gap ?? -999) - (a.gap ?? -999) || a.unitId - b.unitId),
    [p.data],
  );
  const option = useMemo(() => satisfactionVsResolutionOption(rows, p.narrow), [rows, p.narrow]);
  const notSolved = rows.reduce((a, u) => a + u.satisfiedNotSolved, 0);
  return (
    <Col xs={24}>
      <ChartCard
        title="满意率与解决率对照（被满意）"
        loading={p.loading}
        error={p.error}
        onRetry={p.reload}
        pending={!p.data && !p.error}
        empty={rows.length === 0}
        emptyText="暂无已答复或已评价的建议"
        chart={() => (
          <EChart
            option={option}
            height={barHeight(rows.length * 1.5) + 24}
            label={`各单位满意率与解决率：${rows.map((u) => `${u.unitName}满意率${pct(u.satisfiedShare)}、解决率${pct(u.solvedShare)}`).join('；')}`}
          />
        )}
        table={() => (
          <Table<SatisfactionVsResolution>
            size="small"
            rowKey="unitId"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '承办单位', dataIndex: 'unitName', fixed: 'left' },
              { title: '件数', dataIndex: 'items', align: 'right' },
              { title: '满意（含基本满意）/ 评价', key: 'sat', align: 'right', render: (_, u) => `${u.satisfied} / ${u.evaluations}` },
              {
                title: '满意率',
                dataIndex: 'satisfiedShare',
                align: 'right',
                render: (v: number | null) => pct(v),
                sorter: (a, b) => (a.satisfiedShare ?? -1) - (b.satisfiedShare ?? -1),
              },
              { title: 'A 类 / 已分类', key: 'a', align: 'right', render: (_, u) => `${u.classA} / ${u.classed}` },
              {
                title: '解决率',
                dataIndex: 'solvedShare',
                align: 'right',
                render: (v: number | null) => pct(v),
                sorter: (a, b) => (a.solvedShare ?? -1) - (b.solvedShare ?? -1),
              },
              {
                title: '差（百分点）',
                dataIndex: 'gap',
                align: 'right',
                render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
                sorter: (a, b) => (a.gap ?? -999) - (b.gap ?? -999),
              },
              { title: '满意但未解决（件）', dataIndex: 'satisfiedNotSolved', align: 'right', sorter: (a, b) => a.satisfiedNotSolved - b.satisfiedNotSolved },
            ]}
          />
        )}
        footnote={`满意率 = 满意和基本满意的评价 ÷ 全部评价（本轮）；解决率 = A 类件 ÷ 已确定类别的件；主办、会办同等计入。满意但未解决：本轮评价全为满意或基本满意、类别为 B 或 C 的件，共 ${notSolved} 件次。`}
      />
    </Col>
  );
}
