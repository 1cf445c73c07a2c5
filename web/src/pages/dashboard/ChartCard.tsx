import { Card, Segmented, Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import { EmptyState, LoadError } from '../../components/PageStates';

type View = 'chart' | 'table';

/**
 * A dashboard panel with its own loading, error (with retry) and empty states,
 * and a 图表/表格 switch: the table shows the same figures as text, for
 * screen readers, for copying, and for anyone who reads numbers better than bars.
 */
export function ChartCard(p: {
  title: ReactNode;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** nothing loaded yet */
  pending: boolean;
  empty: boolean;
  emptyText: string;
  chart: () => ReactNode;
  table: () => ReactNode;
  footnote?: ReactNode;
}) {
  const [view, setView] = useState<View>('chart');
  let body: ReactNode;
  if (p.error) body = <LoadError error={p.error} onRetry={p.onRetry} />;
  else if (p.pending)
    body = (
      <div className="dashboard-pending">
        <Spin tip="正在加载…">
          <div style={{ height: 80 }} />
        </Spin>
      </div>
    );
  else if (p.empty) body = <EmptyState description={p.emptyText} />;
  else body = <Spin spinning={p.loading}>{view === 'chart' ? p.chart() : p.table()}</Spin>;
  return (
    <Card
      size="small"
      title={p.title}
      className="dashboard-card"
      extra={
        <Segmented<View>
          size="small"
          aria-label="显示方式"
          value={view}
          onChange={setView}
          options={[
            { value: 'chart', label: '图表' },
            { value: 'table', label: '表格' },
          ]}
        />
      }
    >
      {body}
      {p.footnote && !p.error && !p.pending && !p.empty && <div className="muted dashboard-footnote">{p.footnote}</div>}
    </Card>
  );
}
