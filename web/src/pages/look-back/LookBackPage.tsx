import { App, Button, Card, Input, Popconfirm, Segmented, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { mayFillLookBackReview, mayStartLookBack, seesEveryUnit } from '../../../../domain/commitments/permissions';
import { LOOK_BACK_FINDINGS, type LookBackFinding, type LookBackReviewState } from '../../../../domain/commitments/tracking';
import { ApiError } from '../../api/client';
import { tracking, type LookBackReviewRow } from '../../api/tracking';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { LOOK_BACK_FINDING_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/useLoad';
import { useNoun } from '../../lib/words';
import { UnitPicker } from '../item/forms/UnitPicker';
import { reviewColumns } from './columns';
import { Figures } from './Figures';
import { ReviewModal } from './ReviewModal';
import { UnitProgressTable } from './UnitProgressTable';
import { FormButton } from '../imports/StandardForms';

const PAGE_SIZE = 20;

/**
 * R-TRACK-2 the yearly look-back (回头看): the offices start it for a year —
 * a review (复查表) for every past A/B item and unit that replied — and follow
 * its progress by state, finding and unit; the units fill their own reviews.
 */
export default function LookBackPage() {
  const user = useUser();
  const noun = useNoun();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const office = mayStartLookBack(user.role);
  const unit = !seesEveryUnit(user.role);
  const fills = mayFillLookBackReview(user.role);
  const [year, setYear] = useState(thisYear);
  const [state, setState] = useState<LookBackReviewState | 'all'>(unit ? 'pending' : 'all');
  const [finding, setFinding] = useState<LookBackFinding | undefined>();
  const [resultClass, setResultClass] = useState<'A' | 'B' | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<LookBackReviewRow | null>(null);
  const [starting, setStarting] = useState(false);
  const progress = useLoad((signal) => tracking.getLookBack(year, signal), [year]);
  const list = useLoad(
    progress.data?.lookBack
      ? (signal) =>
          tracking.listLookBackReviews(
            { year, state: state === 'all' ? undefined : state, finding, resultClass, unitId, q: q || undefined, page, pageSize: PAGE_SIZE },
            signal,
          )
      : null,
    [progress.data, state, finding, resultClass, unitId, q, page],
  );
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const reload = () => progress.reload();

  const start = async () => {
    setStarting(true);
    try {
      const r = await tracking.startLookBack(year);
      message.success(r.created ? `已生成 ${r.created} 份复查表，已通知 ${r.units} 个承办单位` : '没有需要新增的复查表');
      reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '启动失败，请稍后重试');
    } finally {
      setStarting(false);
    }
  };

  const startButton = (label: string) => (
    <Popconfirm
      title={`${year}年度回头看`}
      description={`为往届会议中答复为 A、B 类的${noun}，按答复的承办单位生成复查表，并通知各承办单位填报。已生成的不会重复。`}
      okText="生成"
      cancelText="取消"
      onConfirm={start}
    >
      <Button type={progress.data?.lookBack ? 'default' : 'primary'} loading={starting}>
        {label}
      </Button>
    </Popconfirm>
  );

  const columns = reviewColumns({ unit, fills, onEdit: setEditing, noun });

  const p = progress.data;
  return (
    <>
      <div className="page-title">
        <h1>回头看</h1>
        <Space>
          <FormButton form="lookBack" query={{ year }} />
          <Select<number>
            aria-label="年度"
            value={year}
            style={{ width: 120 }}
            onChange={(v) => {
              setYear(v);
              setPage(1);
            }}
            options={Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}年度` }))}
          />
          {office && p?.lookBack && startButton('补充生成复查表')}
        </Space>
      </div>
      {progress.error ? (
        <LoadError error={progress.error} onRetry={reload} />
      ) : !p ? (
        <PageLoading />
      ) : !p.lookBack || !p.totals ? (
        <Card>
          <EmptyState description={`${year}年度回头看尚未启动${office ? '' : '，启动后将在此填报和查看复查表'}`}>
            {office && startButton(`启动${year}年度回头看`)}
          </EmptyState>
        </Card>
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title={unit ? '本单位复查进度' : '复查进度'}>
            <Figures c={p.totals} />
          </Card>
          {!unit && p.units.length > 0 && <UnitProgressTable units={p.units} onPick={filter(setUnitId)} />}
          <Card title={unit ? '本单位复查表' : '复查表'}>
            <Space wrap style={{ marginBottom: 16 }} size={16}>
              <Segmented<LookBackReviewState | 'all'>
                value={state}
                onChange={filter(setState)}
                options={[
                  { value: 'pending', label: '待填报' },
                  { value: 'submitted', label: '已填报' },
                  { value: 'all', label: '全部' },
                ]}
              />
              <Select<LookBackFinding>
                allowClear
                placeholder="复查结论"
                aria-label="复查结论"
                style={{ width: 130 }}
                value={finding}
                onChange={filter(setFinding)}
                options={LOOK_BACK_FINDINGS.map((f) => ({ value: f, label: LOOK_BACK_FINDING_LABELS[f] }))}
              />
              <Select<'A' | 'B'>
                allowClear
                placeholder="答复类别"
                aria-label="答复类别"
                style={{ width: 120 }}
                value={resultClass}
                onChange={filter(setResultClass)}
                options={[
                  { value: 'A', label: 'A 类' },
                  { value: 'B', label: 'B 类' },
                ]}
              />
              {!unit && (
                <div style={{ width: 240 }}>
                  <UnitPicker value={unitId} onChange={(v) => filter(setUnitId)(typeof v === 'number' ? v : undefined)} placeholder="全部承办单位" />
                </div>
              )}
              <Input.Search allowClear placeholder="编号或标题" style={{ width: 200 }} onSearch={filter(setQ)} />
            </Space>
            {list.error ? (
              <LoadError error={list.error} onRetry={list.reload} />
            ) : (
              <Table<LookBackReviewRow>
                rowKey="id"
                size="middle"
                loading={list.loading}
                columns={columns}
                dataSource={list.data?.rows ?? []}
                scroll={{ x: 900 }}
                locale={{ emptyText: '没有符合条件的复查表' }}
                pagination={{
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: list.data?.total ?? 0,
                  onChange: setPage,
                  showTotal: (t) => `共 ${t} 份`,
                  showSizeChanger: false,
                }}
              />
            )}
          </Card>
        </Space>
      )}
      {editing && (
        <ReviewModal
          row={editing}
          onClose={() => setEditing(null)}
          onChanged={() => {
            reload();
          }}
        />
      )}
    </>
  );
}
