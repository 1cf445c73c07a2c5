import { PaperClipOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Popconfirm, Segmented, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { commitmentActionsFor, type CommitmentAction, type CommitmentState } from '../../../../domain/commitments/tracking';
import { api, ApiError } from '../../api/client';
import { tracking, type RegisterRow } from '../../api/tracking';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/PageStates';
import { COMMITMENT_STATE_LABELS, LOOK_BACK_FINDING_LABELS, LOOK_BACK_REVIEW_STATE_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/useLoad';
import { UnitPicker } from '../item/forms/UnitPicker';
import { ProgressModal } from './ProgressModal';
import { XlsxButton, xlsxUrl } from '../../components/XlsxButton';

type StateFilter = CommitmentState | 'all';
const PAGE_SIZE = 20;

export const COMMITMENT_STATE_COLORS: Record<CommitmentState, string> = { registered: 'blue', strikeOffRequested: 'gold', struckOff: 'green', convertedToC: 'orange' };
const FINDING_COLORS = { delivered: 'green', inProgress: 'blue', notDelivered: 'red' } as const;

/** The buttons of one row: what this user may do to the commitment now (from the transitions table). */
function rowButtons(role: Parameters<typeof commitmentActionsFor>[0], r: RegisterRow): { label: string; action: CommitmentAction }[] {
  const can = commitmentActionsFor(role, r.state);
  if (!can.length) return [];
  if (can.includes('approveStrikeOff')) return [{ label: '审批销号', action: 'approveStrikeOff' }];
  if (can.includes('requestStrikeOff')) return [{ label: '报告进展', action: 'progress' }, { label: '申请销号', action: 'requestStrikeOff' }];
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

/**
 * R-TRACK-1 the B-commitment register (挂号/销号台账): every commitment with
 * its target date, latest progress and evidence, overdue ones flagged, carried-
 * over ones marked with the session they are tracked in; a unit reports on its
 * own and asks for strike-off, the offices decide, strike off or convert to C,
 * and carry the open ones over into a new session. The unit's latest
 * look-back finding (R-TRACK-2) is shown beside each commitment.
 */
export default function CommitmentsPage() {
  const user = useUser();
  const { message } = App.useApp();
  const office = user.role === 'liaisonOffice' || user.role === 'governmentOffice' || user.role === 'supervisor';
  const decides = user.role === 'liaisonOffice' || user.role === 'governmentOffice';
  const [state, setState] = useState<StateFilter>('registered');
  const [overdue, setOverdue] = useState(false);
  const [carriedOver, setCarriedOver] = useState(false);
  const [unitId, setUnitId] = useState<number | undefined>();
  const [trackedSessionId, setTrackedSessionId] = useState<number | undefined>();
  const [sessionId, setSessionId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ row: RegisterRow; action: CommitmentAction } | null>(null);
  const [carrying, setCarrying] = useState(false);
  const sessions = useLoad((signal) => api.listSessions(signal), []);
  const { data, error, loading, reload } = useLoad(
    (signal) =>
      tracking.listCommitments(
        { state: state === 'all' ? undefined : state, overdue: overdue || undefined, carriedOver: carriedOver || undefined, unitId, trackedSessionId, sessionId, page, pageSize: PAGE_SIZE },
        signal,
      ),
    [state, overdue, carriedOver, unitId, trackedSessionId, sessionId, page],
  );
  // What waits for the offices' decision (or, for a unit, its requests pending).
  const pending = useLoad((signal) => tracking.listCommitments({ state: 'strikeOffRequested', pageSize: 1 }, signal), [data]);
  const filter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  const sessionOptions = [...(sessions.data ?? [])].sort((a, b) => b.year - a.year || b.id - a.id).map((s) => ({ value: s.id, label: s.name }));

  const carryOver = async () => {
    setCarrying(true);
    try {
      const r = await tracking.carryOverCommitments();
      if (r.carried) message.success(`已将 ${r.carried} 项未销号的承诺事项结转到${r.toSessionName}`);
      else message.info(`没有需要结转的承诺事项（均已在${r.toSessionName ?? '最新会次'}跟踪）`);
      reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '结转失败，请稍后重试');
    } finally {
      setCarrying(false);
    }
  };

  const columns: ColumnsType<RegisterRow> = [
    {
      title: '建议',
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
            {r.lookBack.finding ? <Tag color={FINDING_COLORS[r.lookBack.finding]}>{LOOK_BACK_FINDING_LABELS[r.lookBack.finding]}</Tag> : <Tag>{LOOK_BACK_REVIEW_STATE_LABELS[r.lookBack.state]}</Tag>}
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
          {rowButtons(user.role, r).map((b) => (
            <Button key={b.action} size="small" onClick={() => setEditing({ row: r, action: b.action })}>
              {b.label}
            </Button>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="page-title">
        <h1>承诺事项台账</h1>
        <Space>
          <XlsxButton url={xlsxUrl('/api/commitments/export.xlsx', { state: state === 'all' ? undefined : state, overdue: overdue || undefined, carriedOver: carriedOver || undefined, unitId, trackedSessionId, sessionId })}>导出 Excel</XlsxButton>
          <Link to="/look-back">
            <Button>回头看</Button>
          </Link>
          {decides && (
            <Popconfirm
              title="结转到新会次"
              description="将尚未销号的承诺事项（含待审批销号的）结转到最新一次会议继续跟踪，各承办单位将收到通知。"
              okText="结转"
              cancelText="取消"
              onConfirm={carryOver}
            >
              <Button loading={carrying}>结转到新会次</Button>
            </Popconfirm>
          )}
        </Space>
      </div>
      <Card>
        <Space wrap style={{ marginBottom: 16 }} size={16}>
          <Segmented<StateFilter>
            value={state}
            onChange={filter(setState)}
            options={[
              { value: 'registered', label: '跟踪中' },
              {
                value: 'strikeOffRequested',
                label: (
                  <span>
                    待审批销号 <Badge count={pending.data?.total ?? 0} size="small" />
                  </span>
                ),
              },
              { value: 'struckOff', label: '已销号' },
              { value: 'convertedToC', label: '已转C类' },
              { value: 'all', label: '全部' },
            ]}
          />
          <Select<number>
            allowClear
            style={{ width: 190 }}
            placeholder="跟踪会次（全部）"
            aria-label="跟踪会次"
            value={trackedSessionId}
            onChange={filter(setTrackedSessionId)}
            options={sessionOptions}
          />
          <Select<number> allowClear style={{ width: 190 }} placeholder="提出会次（全部）" aria-label="提出会次" value={sessionId} onChange={filter(setSessionId)} options={sessionOptions} />
          <Space>
            <Switch checked={overdue} onChange={filter(setOverdue)} aria-label="只看已逾期" />
            只看已逾期
          </Space>
          <Space>
            <Switch checked={carriedOver} onChange={filter(setCarriedOver)} aria-label="只看结转" />
            只看结转
          </Space>
          {office && (
            <div style={{ width: 260 }}>
              <UnitPicker value={unitId} onChange={(v) => filter(setUnitId)(typeof v === 'number' ? v : undefined)} placeholder="全部承办单位" />
            </div>
          )}
        </Space>
        {error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<RegisterRow>
            rowKey="id"
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={data?.rows ?? []}
            scroll={{ x: 1200 }}
            locale={{ emptyText: '没有符合条件的承诺事项' }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 项`, showSizeChanger: false }}
          />
        )}
      </Card>
      {editing && <ProgressModal row={editing.row} initialAction={editing.action} onClose={() => setEditing(null)} onChanged={reload} />}
    </>
  );
}
