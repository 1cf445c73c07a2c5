import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Pagination, Segmented, Select, Space, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { isUnitRole } from '../../../../domain/items/roles';
import { notificationsApi, type DeadlineKind, type DeadlineLedger, type OpenDeadline } from '../../api/notifications';
import { useUser } from '../../auth/AuthContext';
import { DueCell } from '../../components/Status';
import { LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { useNoun } from '../../lib/words';
import { useIsMobile } from '../../lib/useIsMobile';
import { XlsxButton, xlsxUrl } from '../../components/XlsxButton';

const KIND_LABELS: Record<DeadlineKind, string> = {
  coOpinion: '会办意见',
  reply: '答复',
  rehandle: '重新办理答复',
  referenceContact: '参阅件沟通',
  commitment: 'B类承诺事项',
};
const PAGE_SIZE = 50;
type LightFilter = 'all' | 'red' | 'yellow' | 'green';

/**
 * 期限台账 (R-SUP-1): every open deadline — co-opinions, replies,
 * re-handling, reference contacts, B commitments — with days left and its
 * light; the red-light list by one click; red/yellow/green per unit. A unit
 * sees its own.
 */
export default function DeadlinesPage() {
  const user = useUser();
  const noun = useNoun();
  const unit = isUnitRole(user.role);
  const mobile = useIsMobile();
  const [light, setLight] = useState<LightFilter>('red');
  const [kind, setKind] = useState<DeadlineKind | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useLoad(
    (signal) => notificationsApi.deadlines({ light: light === 'all' ? undefined : light, kind, unitId, page, pageSize: PAGE_SIZE }, signal),
    [light, kind, unitId, page],
  );
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;

  const columns: ColumnsType<OpenDeadline> = [
    { title: '编号', dataIndex: 'number', width: 110, render: (n: string, r) => <Link to={`/items/${r.itemId}`}>{n}</Link> },
    {
      title: noun,
      dataIndex: 'title',
      ellipsis: true,
      render: (t: string, r) =>
        r.content ? (
          <>
            {t}
            <div className="muted">承诺：{r.content}</div>
          </>
        ) : (
          t
        ),
    },
    ...(unit ? [] : [{ title: '承办单位', dataIndex: 'unitName', width: 180, ellipsis: true } as const]),
    { title: '期限类型', dataIndex: 'kind', width: 120, render: (k: DeadlineKind) => KIND_LABELS[k] },
    { title: '期限', key: 'due', width: 190, render: (_, r) => <DueCell due={r.due} light={r.light} daysLeft={r.daysLeft} /> },
  ];
  const unitColumns: ColumnsType<DeadlineLedger['units'][number]> = [
    {
      title: '承办单位',
      dataIndex: 'unitName',
      ellipsis: true,
      render: (n: string, u) => (
        <a
          onClick={() => {
            setUnitId(u.unitId);
            setPage(1);
          }}
        >
          {n}
        </a>
      ),
    },
    {
      title: '红灯',
      dataIndex: 'red',
      width: 70,
      render: (n: number) => <span style={{ color: n ? '#cf1322' : undefined, fontWeight: n ? 600 : undefined }}>{n}</span>,
    },
    { title: '黄灯', dataIndex: 'yellow', width: 70 },
    { title: '绿灯', dataIndex: 'green', width: 70 },
    { title: '合计', dataIndex: 'total', width: 70 },
  ];

  return (
    <>
      <div className="page-title">
        <h1>期限台账</h1>
        <Space wrap>
          <XlsxButton url={xlsxUrl('/api/deadlines/export.xlsx', { light: light === 'all' ? undefined : light, kind, unitId })}>导出 Excel</XlsxButton>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
        </Space>
      </div>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size={mobile ? 'small' : undefined}>
          <Space size={mobile ? 16 : 48} wrap>
            <Statistic title="红灯（已超期）" value={data.totals.red} styles={{ content: { color: '#cf1322' } }} />
            <Statistic title={`黄灯（${data.yellowDays} 天内到期）`} value={data.totals.yellow} styles={{ content: { color: '#d48806' } }} />
            <Statistic title="绿灯" value={data.totals.green} styles={{ content: { color: '#389e0d' } }} />
          </Space>
        </Card>
        {!unit && (
          <Card title="各单位亮灯情况" size={mobile ? 'small' : undefined}>
            <Table rowKey="unitId" size="small" columns={unitColumns} dataSource={data.units} pagination={{ pageSize: 10, hideOnSinglePage: true }} />
          </Card>
        )}
        <Card size={mobile ? 'small' : undefined}>
          <Space wrap style={{ marginBottom: 12 }}>
            <Segmented<LightFilter>
              value={light}
              onChange={(v) => {
                setLight(v);
                setPage(1);
              }}
              options={[
                { value: 'red', label: `红灯 ${data.totals.red}` },
                { value: 'yellow', label: `黄灯 ${data.totals.yellow}` },
                { value: 'green', label: `绿灯 ${data.totals.green}` },
                { value: 'all', label: '全部' },
              ]}
            />
            <Select<DeadlineKind>
              allowClear
              placeholder="全部期限类型"
              aria-label="期限类型"
              style={{ width: 160 }}
              value={kind}
              onChange={(v) => {
                setKind(v);
                setPage(1);
              }}
              options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value: value as DeadlineKind, label }))}
            />
            {!unit && (
              <Select<number>
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder="全部承办单位"
                aria-label="承办单位"
                style={{ width: 220 }}
                value={unitId}
                onChange={(v) => {
                  setUnitId(v);
                  setPage(1);
                }}
                options={data.units.map((u) => ({ value: u.unitId, label: u.unitName }))}
              />
            )}
          </Space>
          <Table
            rowKey={(r) => `${r.kind}-${r.taskId ?? ''}-${r.commitmentId ?? ''}`}
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={data.rows}
            pagination={false}
            scroll={{ x: 760 }}
          />
          {data.total > PAGE_SIZE && (
            <div style={{ textAlign: 'right', marginTop: 12 }}>
              <Pagination current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} showSizeChanger={false} />
            </div>
          )}
        </Card>
      </Space>
    </>
  );
}
