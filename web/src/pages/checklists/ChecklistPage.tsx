import { App, Button, Card, Descriptions, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { checklists, type ChecklistDetail, type ReportRow } from '../../api/checklists';
import { LoadError, PageLoading } from '../../components/PageStates';
import { formatDate } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { EntryList } from './EntryList';
import { EventsCard } from './EventsCard';
import { OwnReports } from './OwnReports';
import { ReportDetailModal } from './ReportDetailModal';
import { ReportMatrix } from './ReportMatrix';
import { ReportModal } from './ReportModal';
import { percent } from './parts';

/** One checklist: its entries; for the county every township's reports, for a township its own with the 报送 button; its history. */
export default function ChecklistPage() {
  const id = Number(useParams().checklistId);
  const { data, error, reload } = useLoad((signal) => checklists.get(id, signal), [id]);
  const [reporting, setReporting] = useState<ReportRow | null>(null);
  const [viewing, setViewing] = useState<ReportRow | null>(null);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;
  const c = data.checklist;
  return (
    <>
      <div className="page-title">
        <h1>{c.title}</h1>
        <Space wrap>
          <Link to="/checklists">返回清单</Link>
          {data.mayEdit && <DraftActions d={data} onChanged={reload} />}
        </Space>
      </div>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
            <Descriptions.Item label="季度">{c.quarterLabel}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={c.state === 'issued' ? 'blue' : 'gold'}>{c.stateLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="事项">{c.entries} 项</Descriptions.Item>
            {data.mayReport && (
              <Descriptions.Item label="本乡镇完成">
                {c.progress.done}/{c.progress.total}（{percent(c.progress.completionRate)}）
              </Descriptions.Item>
            )}
            {c.issuedAt && <Descriptions.Item label="下发日期">{formatDate(c.issuedAt)}</Descriptions.Item>}
            {c.copiedFrom && (
              <Descriptions.Item label="复制自">
                <Link to={`/checklists/${c.copiedFrom.id}`}>{c.copiedFrom.title}</Link>
              </Descriptions.Item>
            )}
            {c.state === 'issued' && !data.mayReport && (
              <Descriptions.Item label="完成情况">
                完成 {c.progress.done}/{c.progress.total}，超期未完成 {c.progress.red}，逾期报送 {c.progress.late}
              </Descriptions.Item>
            )}
            {!data.mayReport && (
              <Descriptions.Item label={`下发乡镇（${c.townshipList.length} 个）`} span="filled">
                {c.townshipList.map((t) => t.name).join('、')}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        {c.state === 'draft' ? (
          <Card title="清单事项（草稿，尚未下发）">
            <EntryList entries={data.entries} />
          </Card>
        ) : data.mayReport ? (
          <Card title="本乡镇落实情况">
            <OwnReports rows={data.reports} onReport={setReporting} onChanged={reload} />
          </Card>
        ) : (
          <Card title="各乡镇落实情况" extra={<span className="muted">点击格子查看报送内容和佐证材料；黄灯提前 {data.yellowDays} 天</span>}>
            <ReportMatrix entries={data.entries} towns={c.townshipList} reports={data.reports} onOpen={setViewing} />
          </Card>
        )}
        {c.state === 'issued' && !data.mayReport && (
          <Card title="清单事项">
            <EntryList entries={data.entries} />
          </Card>
        )}
        <EventsCard events={data.events} />
      </Space>
      {reporting && <ReportModal row={reporting} onClose={() => setReporting(null)} onChanged={reload} />}
      {viewing && <ReportDetailModal row={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}

/** A draft's buttons: 修改, 下发 (with a confirmation), 删除. */
function DraftActions({ d, onChanged }: { d: ChecklistDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const c = d.checklist;
  const run = async (what: () => Promise<unknown>, done: string, after: () => void) => {
    setBusy(true);
    try {
      await what();
      message.success(done);
      after();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => navigate(`/checklists/${c.id}/edit`)}>修改</Button>
      <Popconfirm
        title="删除清单草稿"
        description="删除后不能恢复。"
        okText="删除"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        onConfirm={() =>
          run(
            () => checklists.remove(c.id, c.version),
            '清单草稿已删除',
            () => navigate('/checklists'),
          )
        }
      >
        <Button danger loading={busy}>
          删除
        </Button>
      </Popconfirm>
      <Popconfirm
        title="下发清单"
        description={`下发给 ${c.townshipList.map((t) => t.name).join('、')}，共 ${c.entries} 项。下发后不能再修改，各乡镇人大主席团将收到通知。`}
        okText="下发"
        cancelText="取消"
        onConfirm={() => run(() => checklists.issue(c.id, c.version), '清单已下发，已通知各乡镇人大主席团', onChanged)}
      >
        <Button type="primary" loading={busy}>
          下发
        </Button>
      </Popconfirm>
    </>
  );
}
