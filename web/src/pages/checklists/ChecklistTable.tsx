import { Button, Progress, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { ChecklistSummary } from '../../api/checklists';
import { formatDate } from '../../lib/dates';
import { ENTRY_LIGHT_COLORS } from './parts';

interface Props {
  rows: ChecklistSummary[];
  /** a township's presidium: its own progress, no copying */
  township: boolean;
  mayIssue: boolean;
  onCopy: (c: ChecklistSummary) => void;
}

/** The checklists of a year, the latest quarter first: state, size, progress (done, overdue, late), copy. */
export function ChecklistTable({ rows, township, mayIssue, onCopy }: Props) {
  const columns: ColumnsType<ChecklistSummary> = [
    { title: '季度', dataIndex: 'quarterLabel', width: 150 },
    {
      title: '清单',
      key: 'title',
      render: (_, c) => (
        <Space direction="vertical" size={0}>
          <Link to={`/checklists/${c.id}`}>{c.title}</Link>
          {c.copiedFrom && (
            <span className="muted" style={{ fontSize: 12 }}>
              复制自《{c.copiedFrom.title}》
            </span>
          )}
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'state',
      width: 90,
      render: (_, c) => <Tag color={c.state === 'issued' ? 'blue' : 'gold'}>{c.stateLabel}</Tag>,
    },
    { title: '事项', dataIndex: 'entries', width: 70, render: (n: number) => `${n} 项` },
    ...(township ? [] : [{ title: '乡镇', dataIndex: 'townships', width: 70, render: (n: number) => `${n} 个` }]),
    {
      title: township ? '本乡镇完成情况' : '完成情况',
      key: 'progress',
      width: 260,
      render: (_, c) =>
        c.state === 'draft' ? (
          <span className="muted">未下发</span>
        ) : (
          <Space direction="vertical" size={0} style={{ width: '100%' }}>
            <Progress percent={c.progress.completionRate ?? 0} size="small" aria-label="完成比例" />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              完成 {c.progress.done}/{c.progress.total}
              {c.progress.red > 0 && <span style={{ color: ENTRY_LIGHT_COLORS.red }}>，超期未完成 {c.progress.red}</span>}
              {c.progress.late > 0 && `，逾期报送 ${c.progress.late}`}
            </Typography.Text>
          </Space>
        ),
    },
    { title: '下发日期', key: 'issuedAt', width: 110, render: (_, c) => (c.issuedAt ? formatDate(c.issuedAt) : '—') },
    ...(mayIssue
      ? [
          {
            title: '操作',
            key: 'op',
            width: 80,
            render: (_: unknown, c: ChecklistSummary) => (
              <Button size="small" onClick={() => onCopy(c)}>
                复制
              </Button>
            ),
          },
        ]
      : []),
  ];
  return <Table<ChecklistSummary> rowKey="id" size="middle" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 860 }} />;
}
