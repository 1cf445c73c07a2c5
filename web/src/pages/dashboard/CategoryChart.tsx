import { Col, Table } from 'antd';
import { useMemo } from 'react';
import type { CategoryCount, DashboardStatistics } from '../../api/dashboard';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { barHeight, pct } from './format';
import { categoryOption } from './options';

type CategoryRow = CategoryCount & { share?: number };

/**
 * 各类别建议件数 (sub-categories counted under their parent), from GET /api/statistics/categories, each with its
 * share of all items from GET /api/statistics (`shares`, once loaded: the same count, the server's shares).
 */
export function CategoryChart(p: {
  data: CategoryCount[] | null;
  shares: DashboardStatistics['categories'] | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
  narrow: boolean;
}) {
  const cats = useMemo<CategoryRow[]>(() => {
    const share = new Map((p.shares ?? []).map((c) => [c.categoryId, c.share]));
    return (p.data ?? []).map((c) => ({ ...c, share: share.get(c.categoryId) }));
  }, [p.data, p.shares]);
  const option = useMemo(() => categoryOption(cats, p.narrow), [cats, p.narrow]);
  const text = (c: CategoryRow) => `${c.name}${c.items}件${c.share === undefined ? '' : `，占${pct(c.share)}`}`;
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
        chart={() => <EChart option={option} height={barHeight(cats.length)} label={`各类别建议件数：${cats.map(text).join('；')}`} />}
        table={() => (
          <Table<CategoryRow>
            size="small"
            rowKey={(c) => c.categoryId ?? 0}
            pagination={false}
            dataSource={cats}
            columns={[
              { title: '类别', dataIndex: 'name' },
              { title: '件数', dataIndex: 'items', align: 'right' },
              { title: '占比', dataIndex: 'share', align: 'right', render: (v: number | undefined) => pct(v) },
            ]}
          />
        )}
        footnote="子类别计入其上级类别；占比为占全部件数的比例"
      />
    </Col>
  );
}
