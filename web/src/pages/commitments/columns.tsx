import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { commitmentActionsFor, type CommitmentAction, type CommitmentState } from '../../../../domain/commitments/tracking';
import { api } from '../../api/client';
import type { RegisterRow } from '../../api/tracking';
import { COMMITMENT_STATE_LABELS, LOOK_BACK_FINDING_LABELS, LOOK_BACK_REVIEW_STATE_LABELS } from '../../lib/labels';

export const COMMITMENT_STATE_COLORS: Record<CommitmentState, string> = {
  registered: 'blue',
  strikeOffRequested: 'gold',
  struckOff: 'green',
  convertedToC: 'orange',
};
const FINDING_COLORS = { delivered: 'green', inProgress: 'blue', notDelivered: 'red' } as const;

/** The buttons of one row: what this user may do to the commitment now (from the transitions table). */
function rowButtons(role: Parameters<typeof commitmentActionsFor>[0], r: RegisterRow): { label: string; action: CommitmentAction }[] {
  const can = commitmentActionsFor(role, r.state);
  if (!can.length) return [];
  if (can.includes('approveStrikeOff')) return [{ label: '审批销号', action: 'approveStrikeOff' }];
  if (can.includes('requestStrikeOff'))
    return [
      { label: '报告进展', action: 'progress' },
      { label: '申请销号', action: 'requestStrikeOff' },
    ];
  return [{ label: role === 'unitOffice' ? '报告进展' : '跟踪', action: can[0] }];
}

/** The latest progress with its evidence, the pending request, the last rejection or the closing note. */
function Status({ r }: { r: RegisterRow }) {
  const last = r.progress[r.progress.length - 1];
  const cited = new Set(last?.attachmentIds ?? []);
  const files = r.evidence.filter((a) => cited.has(a.id));
  return (
    <Space direction="vertical" size={2}>
      {last ? (
        <span>
          <span className="muted">{last.on}</span> {last.note}
        </span>
      ) : (
        !r.closedNote && <span className="muted">暂无进展</span>
      )}
      {files.map((a) => (
        <a key={a.id} href={api.attachmentUrl(r.itemId, a.id)} target="_blank" rel="noreferrer" style={{ fontSize: 12 }}>
          <PaperClipOutlined /> {a.filename}
        </a>
      ))}
      {r.state === 'strikeOffRequested' && r.strikeOffRequestNote && <Typography.Text type="warning">销号申请：{r.strikeOffRequestNote}</Typography.Text>}
      {r.state === 'registered' && r.lastRejection && <Typography.Text type="danger">销号申请被驳回：{r.lastRejection}</Typography.Text>}
      {r.closedNote && (r.state === 'struckOff' || r.state === 'convertedToC') && <span>{r.closedNote}</span>}
    </Space>
  );
}

interface ColumnOptions {
  /** An office: show each commitment's unit. */
  office: boolean;
  role: Parameters<typeof commitmentActionsFor>[0];
  /** A row's button: open the change of that commitment. */
  onEdit: (e: { row: RegisterRow; action: CommitmentAction }) => void;
  /** The item column's title: 建议, 提案 or 建议提案 (useNoun) */
  noun: string;
}

/** The register's columns: the item, the unit (offices), the commitment, its target date and state, latest progress, look-back finding, the buttons. */
export function commitmentColumns({ office, role, onEdit, noun }: ColumnOptions): ColumnsType<RegisterRow> {
  return [
    {
      title: noun,
      key: 'item',
      width: 220,
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
    ...(office ? [{ title: '承办单位', dataIndex: 'unitName', width: 120 }] : []),
    {
      title: '承诺事项',
      key: 'content',
      render: (_, r) => (
        <span>
          {r.content}
          {r.carriedOverAt && (
            <Tooltip title={`自${r.sessionName}结转到${r.trackedSessionName}继续跟踪`}>
              <Tag color="purple" style={{ marginInlineStart: 6 }}>
                结转·{r.trackedSessionName}
              </Tag>
            </Tooltip>
          )}
        </span>
      ),
    },
    {
      title: '完成时限',
      key: 'target',
      width: 130,
      render: (_, r) => (
        <Space direction="vertical" size={2}>
          {r.overdue ? <Typography.Text type="danger">{r.targetDate}（已逾期）</Typography.Text> : r.targetDate}
          <Tag color={COMMITMENT_STATE_COLORS[r.state]}>{COMMITMENT_STATE_LABELS[r.state]}</Tag>
        </Space>
      ),
    },
    { title: '最近进展', key: 'progress', width: 240, render: (_, r) => <Status r={r} /> },
    {
      title: '回头看',
      key: 'lookBack',
      width: 110,
      render: (_, r) =>
        r.lookBack ? (
          <Space direction="vertical" size={0}>
            <span className="muted" style={{ fontSize: 12 }}>
              {r.lookBack.year}年
            </span>
            {r.lookBack.finding ? (
              <Tag color={FINDING_COLORS[r.lookBack.finding]}>{LOOK_BACK_FINDING_LABELS[r.lookBack.finding]}</Tag>
            ) : (
              <Tag>{LOOK_BACK_REVIEW_STATE_LABELS[r.lookBack.state]}</Tag>
            )}
          </Space>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      title: '操作',
      key: 'op',
      width: 110,
      render: (_: unknown, r: RegisterRow) => (
        <Space direction="vertical" size={4}>
          {rowButtons(role, r).map((b) => (
            <Button key={b.action} size="small" onClick={() => onEdit({ row: r, action: b.action })}>
              {b.label}
            </Button>
          ))}
        </Space>
      ),
    },
  ];
}
