import { Col, Table } from 'antd';
import { useMemo } from 'react';
import type { CategoryCount } from '../../api/dashboard';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { barHeight } from './format';
import { categoryOption } from './options';

/** 各类别建议件数 (sub-categories counted under their parent), from GET /api/statistics/categories. */
export function CategoryChart(p: { data: CategoryCount[] | null; loading: boolean; error: unknown; reload: () => void; narrow: boolean }) {
  const cats = useMemo(() => p.data ?? [], [p.data]);
  const option = useMemo(() => categoryOption(cats, p.narrow), [cats, p.narrow]);
  return (
    <Col xs={24} xl={12}>
      <ChartCard
        title="各类别建议件数"
        loading={p.loading}
        error={p.error}
        onRetry={p.reload}
        pending={!p.data && !p.error}
        empty={cats.length === 0}
        emptyText="暂无建议"
        chart={() => (
          <EChart option={option} height={barHeight(cats.length)} label={`各类别建议件数：${cats.map((c) => `${c.name}${c.items}件`).join('；')}`} />
        )}
        table={() => (
          <Table<CategoryCount>
            size="small"
            rowKey={(c) => c.categoryId ?? 0}
            pagination={false}
            dataSource={cats}
            columns={[
              { title: '类别', dataIndex: 'name' },
              { title: '件数', dataIndex: 'items', align: 'right' },
            ]}
          />
        )}
        footnote="子类别计入其上级类别"
      />
    </Col>
  );
}
