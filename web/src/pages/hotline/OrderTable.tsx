import { Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { OrderRow } from '../../api/hotline';
import { formatDateTime } from '../../lib/dates';
import { ClocksCell, OrderStateTag, placeText, RatingTag, UrgencyTag } from './parts';
import { PAGE_SIZES } from './query';

interface Props {
  rows: OrderRow[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  empty: ReactNode;
  onPage: (page: number, pageSize: number) => void;
}

const clip = (text: string | null, width: number) =>
  text ? (
    <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ marginBottom: 0, maxWidth: width }}>
      {text}
    </Typography.Paragraph>
  ) : (
    <span className="muted">—</span>
  );

/** The seed's ledger columns (来电号码 … 满意度), the state and the running clocks with their lights. */
const COLUMNS: ColumnsType<OrderRow> = [
  {
    title: '工单编号',
    key: 'number',
    width: 130,
    fixed: 'left',
    render: (_, r) => (
      <Link to={`/hotline/${r.id}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {r.number}
      </Link>
    ),
  },
  { title: '状态', key: 'state', width: 110, render: (_, r) => <OrderStateTag state={r.state} label={r.stateLabel} /> },
  { title: '时限', key: 'clocks', width: 170, render: (_, r) => <ClocksCell row={r} /> },
  { title: '来电号码', dataIndex: 'callerPhone', width: 130 },
  {
    title: '来电代表',
    key: 'deputy',
    width: 120,
    render: (_, r) => (r.deputy ? `${r.deputy.name}${r.deputyConfirmed ? '' : '（待确认）'}` : <span className="muted">未匹配</span>),
  },
  { title: '事件分类', dataIndex: 'category', width: 100 },
  { title: '来电内容', key: 'content', width: 260, render: (_, r) => clip(r.content, 260) },
  { title: '来电时间', key: 'calledAt', width: 140, render: (_, r) => formatDateTime(r.calledAt) },
  { title: '紧急程度', key: 'urgency', width: 90, render: (_, r) => <UrgencyTag row={r} /> },
  { title: '属地', key: 'place', width: 110, render: (_, r) => placeText(r.place) },
  {
    title: '承办单位',
    key: 'units',
    width: 150,
    render: (_, r) =>
      r.leadUnit ? (
        <>
          {r.leadUnit.name}
          {r.units.length > 1 && (
            <div className="muted">{`协办：${r.units
              .filter((u) => u.id !== r.leadUnit?.id)
              .map((u) => u.name)
              .join('、')}`}</div>
          )}
        </>
      ) : (
        <span className="muted">—</span>
      ),
  },
  { title: '回复时间', key: 'fedBackAt', width: 140, render: (_, r) => formatDateTime(r.fedBackAt) },
  { title: '回复内容', key: 'result', width: 220, render: (_, r) => clip(r.result, 220) },
  { title: '满意度', key: 'rating', width: 100, render: (_, r) => <RatingTag rating={r.rating} label={r.ratingLabel} /> },
];

/** The ledger as a table (desktop): server-side pages; a row past a running clock is marked red. */
export function OrderTable({ rows, total, page, pageSize, loading, empty, onPage }: Props) {
  return (
    <Table<OrderRow>
      rowKey="id"
      size="middle"
      columns={COLUMNS}
      dataSource={rows}
      loading={loading}
      locale={{ emptyText: loading ? ' ' : empty }}
      scroll={{ x: 2000 }}
      rowClassName={(r) => (r.overdue ? 'order-row-red' : '')}
      onChange={(p: TablePaginationConfig) => onPage(p.current ?? 1, p.pageSize ?? pageSize)}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (t) => `共 ${t} 件`,
        style: { paddingInline: 16 },
      }}
    />
  );
}
