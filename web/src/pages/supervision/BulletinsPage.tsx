import { Alert, App, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { supervisionApi, type BulletinHeader } from '../../api/supervision';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { useWords } from '../../lib/words';

/**
 * 办理进度通报 (R-SUP-4): the bulletins of the congress, newest first — the
 * monthly ones generated on the rules profile's day and those the offices
 * generate on demand (for the current session, as of today).
 */
export default function BulletinsPage() {
  const user = useUser();
  const w = useWords();
  const office = user.role === 'liaisonOffice' || user.role === 'governmentOffice';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const list = useLoad((signal) => supervisionApi.listBulletins(signal), []);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const generate = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const b = await supervisionApi.generateBulletin({});
      message.success(`已生成通报（${b.number}）`);
      navigate(`/bulletins/${b.id}`);
    } catch (e) {
      setFailed(e instanceof ApiError ? e.message : '生成失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="page-title">
        <h1>办理进度通报</h1>
        {office && (
          <Button type="primary" loading={busy} onClick={generate}>
            生成本期通报
          </Button>
        )}
      </div>
      {failed && <Alert type="error" showIcon title={failed} style={{ marginBottom: 12 }} />}
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : (
        <Card>
          <Table<BulletinHeader>
            size="middle"
            rowKey="id"
            loading={list.loading}
            dataSource={list.data ?? []}
            locale={{ emptyText: <EmptyState description={`暂无通报（每月按规则配置的日期自动生成，${w.office}和政府办公厅也可随时生成）`} /> }}
            pagination={(list.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 800 }}
            columns={[
              { title: '期号', dataIndex: 'number', width: 130 },
              { title: '标题', key: 'title', render: (_, b) => <Link to={`/bulletins/${b.id}`}>{b.title}</Link> },
              { title: '数据截至', dataIndex: 'asOf', width: 110 },
              {
                title: '进度滞后单位',
                key: 'behind',
                width: 120,
                render: (_, b) => (b.unitsBehind ? <Tag color="red">{b.unitsBehind} 个</Tag> : <Tag color="green">无</Tag>),
              },
              {
                title: '生成',
                key: 'by',
                width: 200,
                render: (_, b) => (
                  <span className="muted">
                    {formatDateTime(b.createdAt)}
                    {'\u3000'}
                    {b.scheduled ? '按月自动' : (b.generatedByName ?? '')}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
