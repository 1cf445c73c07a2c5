import { App, Badge, Button, Card, Popconfirm, Segmented, Select, Space, Switch, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { mayCarryOverCommitments, seesEveryUnit } from '../../../../domain/commitments/permissions';
import type { CommitmentAction, CommitmentState } from '../../../../domain/commitments/tracking';
import { api, ApiError } from '../../api/client';
import { tracking, type RegisterRow } from '../../api/tracking';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/PageStates';
import { sessionOptions } from '../../lib/sessions';
import { useNoun } from '../../lib/words';
import { useLoad } from '../../lib/useLoad';
import { UnitPicker } from '../item/forms/UnitPicker';
import { commitmentColumns } from './columns';
import { ProgressModal } from './ProgressModal';
import { XlsxButton, xlsxUrl } from '../../components/XlsxButton';

type StateFilter = CommitmentState | 'all';
const PAGE_SIZE = 20;

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
  const noun = useNoun();
  const { message } = App.useApp();
  const office = seesEveryUnit(user.role);
  const decides = mayCarryOverCommitments(user.role);
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
        {
          state: state === 'all' ? undefined : state,
          overdue: overdue || undefined,
          carriedOver: carriedOver || undefined,
          unitId,
          trackedSessionId,
          sessionId,
          page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
    [state, overdue, carriedOver, unitId, trackedSessionId, sessionId, page],
  );
  // What waits for the offices' decision (or, for a unit, its requests pending).
  const pending = useLoad((signal) => tracking.listCommitments({ state: 'strikeOffRequested', pageSize: 1 }, signal), [data]);
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const sessionChoices = sessionOptions(
    [...(sessions.data ?? [])].sort((a, b) => b.year - a.year || b.id - a.id),
    user,
  );

  const carryOver = async () => {
    setCarrying(true);
    try {
      const r = await tracking.carryOverCommitments();
      if (r.carried) message.success(`已将 ${r.carried} 项未销号的承诺事项结转到${r.toSessionName}`);
      else message.info(`没有需要结转的承诺事项（均已在${r.toSessionName}跟踪）`);
      reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '结转失败，请稍后重试');
    } finally {
      setCarrying(false);
    }
  };

  const columns = commitmentColumns({ office, role: user.role, onEdit: setEditing, noun });

  return (
    <>
      <div className="page-title">
        <h1>承诺事项台账</h1>
        <Space>
          <XlsxButton
            url={xlsxUrl('/api/commitments/export.xlsx', {
              state: state === 'all' ? undefined : state,
              overdue: overdue || undefined,
              carriedOver: carriedOver || undefined,
              unitId,
              trackedSessionId,
              sessionId,
            })}
          >
            导出 Excel
          </XlsxButton>
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
            options={sessionChoices}
          />
          <Select<number>
            allowClear
            style={{ width: 190 }}
            placeholder="提出会次（全部）"
            aria-label="提出会次"
            value={sessionId}
            onChange={filter(setSessionId)}
            options={sessionChoices}
          />
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
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data?.total ?? 0,
              onChange: setPage,
              showTotal: (t) => `共 ${t} 项`,
              showSizeChanger: false,
            }}
          />
        )}
      </Card>
      {editing && <ProgressModal row={editing.row} initialAction={editing.action} onClose={() => setEditing(null)} onChanged={reload} />}
    </>
  );
}
