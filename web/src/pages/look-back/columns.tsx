import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { LookBackFinding } from '../../../../domain/commitments/tracking';
import type { LookBackReviewRow } from '../../api/tracking';
import { LOOK_BACK_FINDING_LABELS, LOOK_BACK_REVIEW_STATE_LABELS } from '../../lib/labels';

const FINDING_COLORS: Record<LookBackFinding, string> = { delivered: 'green', inProgress: 'blue', notDelivered: 'red' };

interface ColumnOptions {
  /** A unit's user: its own reviews, without the unit column. */
  unit: boolean;
  /** The user fills reviews in: the 填报 / 修改 button. */
  fills: boolean;
  onEdit: (row: LookBackReviewRow) => void;
  /** The item column's title: 建议, 提案 or 建议提案 (useNoun) */
  noun: string;
}

/** The reviews' columns: the item, the unit (offices), the reply's class and its commitments, the finding, the note, the button. */
export function reviewColumns({ unit, fills, onEdit, noun }: ColumnOptions): ColumnsType<LookBackReviewRow> {
  return [
    {
      title: noun,
      key: 'item',
      width: 260,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Link to={`/items/${r.itemId}`}>
            <span className="muted">{r.number}</span> {r.title}
          </Link>
          <span className="muted" style={{ fontSize: 12 }}>
            {r.sessionName}
          </span>
        </Space>
      ),
    },
    ...(unit ? [] : [{ title: '承办单位', dataIndex: 'unitName', width: 140 }]),
    {
      title: '答复类别',
      key: 'class',
      width: 150,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Tag color={r.resultClass === 'A' ? 'green' : 'blue'}>{r.resultClass} 类</Tag>
          {r.resultClass === 'B' && (
            <Link to="/commitments" className="muted" style={{ fontSize: 12 }}>
              承诺 {r.commitments} 项，未销号 {r.openCommitments} 项
            </Link>
          )}
        </Space>
      ),
    },
    {
      title: '复查结论',
      key: 'finding',
      width: 110,
      render: (_, r) =>
        r.finding ? (
          <Tag color={FINDING_COLORS[r.finding]}>{LOOK_BACK_FINDING_LABELS[r.finding]}</Tag>
        ) : (
          <Tag color="gold">{LOOK_BACK_REVIEW_STATE_LABELS[r.state]}</Tag>
        ),
    },
    { title: '复查情况', key: 'note', render: (_, r) => r.note ?? <span className="muted">—</span> },
    ...(fills
      ? [
          {
            title: '操作',
            key: 'op',
            width: 90,
            render: (_: unknown, r: LookBackReviewRow) => (
              <Button size="small" type={r.state === 'pending' ? 'primary' : 'default'} onClick={() => onEdit(r)}>
                {r.state === 'pending' ? '填报' : '修改'}
              </Button>
            ),
          },
        ]
      : []),
  ];
}
