import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { DutyRow } from '../../api/duty';
import { NotRecommendableTag, pointsText, ShortTags } from './parts';

interface Props {
  rows: DutyRow[];
  year: number;
  /** the liaison office's and the delegation's: enter a record for the row's deputy */
  onEnter?: (row: DutyRow) => void;
}

/** The deputies ranked by points: who is short of which target, seed 002's flag, a way to their page. */
export function DutyTable({ rows, year, onEnter }: Props) {
  const columns: ColumnsType<DutyRow> = [
    { title: '排名', dataIndex: 'rank', width: 56, align: 'center' },
    {
      title: '代表',
      key: 'name',
      width: 96,
      render: (_, r) => <Link to={`/duty/deputies/${r.deputy.id}?year=${year}`}>{r.deputy.name}</Link>,
    },
    { title: '代表团', key: 'delegation', width: 140, render: (_, r) => r.deputy.delegationName ?? '—' },
    { title: '积分', key: 'points', width: 64, align: 'right', render: (_, r) => <strong>{pointsText(r.points)}</strong> },
    { title: '建议', key: 'suggestion', width: 56, align: 'right', render: (_, r) => r.counts.suggestion },
    { title: '专线', key: 'hotline', width: 56, align: 'right', render: (_, r) => r.counts.hotlineCall },
    { title: '未完成的目标任务', key: 'short', render: (_, r) => <ShortTags labels={r.shortLabels} /> },
    {
      title: '评优和连任',
      key: 'flag',
      width: 130,
      render: (_, r) => (r.notRecommendable ? <NotRecommendableTag /> : <span className="muted">可推荐</span>),
    },
    ...(onEnter
      ? [
          {
            title: '操作',
            key: 'op',
            width: 76,
            render: (_: unknown, r: DutyRow) => (
              <Button size="small" onClick={() => onEnter(r)}>
                录入
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<DutyRow>
      rowKey={(r) => r.deputy.id}
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (t) => `共 ${t} 名代表` } : false}
      scroll={{ x: 900 }}
    />
  );
}
