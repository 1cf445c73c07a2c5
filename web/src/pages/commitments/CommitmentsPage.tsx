import { Button, Card, Segmented, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { request } from '../../api/client';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/PageStates';
import { COMMITMENT_STATE_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/useLoad';
import { UnitPicker } from '../item/forms/UnitPicker';
import { ProgressModal } from './ProgressModal';

export interface RegisterRow {
  id: number;
  itemId: number;
  number: string;
  title: string;
  unitId: number;
  unitName: string;
  content: string;
  targetDate: string;
  state: 'registered' | 'struckOff' | 'convertedToC';
  version: number;
  progress: { on: string; note: string; by: string }[];
  closedNote: string | null;
  overdue: boolean;
}

type StateFilter = 'registered' | 'struckOff' | 'convertedToC' | 'all';
const PAGE_SIZE = 20;

/**
 * R-TRACK-1 the B-commitment register (挂号/销号台账): every commitment with
 * its target date and latest progress, overdue ones flagged; a unit sees and
 * reports on its own, the offices strike off or convert to C.
 */
export default function CommitmentsPage() {
  const user = useUser();
  const office = user.role === 'liaisonOffice' || user.role === 'governmentOffice' || user.role === 'supervisor';
  const [state, setState] = useState<StateFilter>('registered');
  const [overdue, setOverdue] = useState(false);
  const [unitId, setUnitId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<RegisterRow | null>(null);
  const { data, error, loading, reload } = useLoad(
    (signal) =>
      request<{ total: number; rows: RegisterRow[] }>('GET', '/api/commitments', {
        query: { state: state === 'all' ? undefined : state, overdue: overdue ? 'true' : undefined, unitId, page, pageSize: PAGE_SIZE },
        signal,
      }),
    [state, overdue, unitId, page],
  );
  const canReport = user.role === 'unitOffice' || user.role === 'liaisonOffice' || user.role === 'governmentOffice';

  const columns: ColumnsType<RegisterRow> = [
    {
      title: '建议',
      key: 'item',
      width: 220,
      render: (_, r) => (
        <Link to={`/items/${r.itemId}`}>
          <span className="muted">{r.number}</span> {r.title}
        </Link>
      ),
    },
    ...(office ? [{ title: '承办单位', dataIndex: 'unitName', width: 120 }] : []),
    { title: '承诺事项', dataIndex: 'content' },
    {
      title: '完成时限',
      key: 'target',
      width: 130,
      render: (_, r) => (
        <Space direction="vertical" size={2}>
          {r.overdue ? <Typography.Text type="danger">{r.targetDate}（已逾期）</Typography.Text> : r.targetDate}
          <Tag color={r.state === 'struckOff' ? 'green' : r.state === 'convertedToC' ? 'orange' : 'blue'}>{COMMITMENT_STATE_LABELS[r.state]}</Tag>
        </Space>
      ),
    },
    {
      title: '最近进展',
      key: 'progress',
      width: 220,
      render: (_, r) => {
        const last = r.progress[r.progress.length - 1];
        return last ? (
          <span>
            <span className="muted">{last.on}</span> {last.note}
          </span>
        ) : (
          r.closedNote ?? <span className="muted">暂无</span>
        );
      },
    },
    ...(canReport
      ? [
          {
            title: '操作',
            key: 'op',
            width: 90,
            render: (_: unknown, r: RegisterRow) =>
              r.state === 'registered' && (
                <Button size="small" onClick={() => setEditing(r)}>
                  {user.role === 'unitOffice' ? '报告进展' : '跟踪'}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <div className="page-title">
        <h1>承诺事项台账</h1>
      </div>
      <Card>
        <Space wrap style={{ marginBottom: 16 }} size={16}>
          <Segmented<StateFilter>
            value={state}
            onChange={(v) => {
              setState(v);
              setPage(1);
            }}
            options={[
              { value: 'registered', label: '跟踪中' },
              { value: 'struckOff', label: '已销号' },
              { value: 'convertedToC', label: '已转C类' },
              { value: 'all', label: '全部' },
            ]}
          />
          <Space>
            <Switch
              checked={overdue}
              onChange={(v) => {
                setOverdue(v);
                setPage(1);
              }}
              aria-label="只看已逾期"
            />
            只看已逾期
          </Space>
          {office && (
            <div style={{ width: 260 }}>
              <UnitPicker
                value={unitId}
                onChange={(v) => {
                  setUnitId(typeof v === 'number' ? v : undefined);
                  setPage(1);
                }}
                placeholder="全部承办单位"
              />
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
            scroll={{ x: 1000 }}
            locale={{ emptyText: '没有符合条件的承诺事项' }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 项`, showSizeChanger: false }}
          />
        )}
      </Card>
      {editing && <ProgressModal row={editing} onClose={() => setEditing(null)} onChanged={reload} />}
    </>
  );
}
