import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Space, Table, Tabs, Tooltip } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { actions } from '../../api/actions';
import { ApiError } from '../../api/client';
import { useUser } from '../../auth/AuthContext';
import { ledgerTools, type InboxRow, type InboxTab } from '../../api/ledgerTools';
import { EmptyState, LoadError } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { inboxColumns } from './columns';
import '../ledger/ledger.css';
import '../ledger/tools.css';
import { FormButton } from '../imports/StandardForms';

const TABS: { key: InboxTab; label: string; empty: string }[] = [
  { key: 'assignments', label: '新交办', empty: '没有新交办的建议' },
  { key: 'coOpinions', label: '待报会办意见', empty: '没有待报送的会办意见' },
  { key: 'rehandling', label: '重新办理', empty: '没有需要重新办理的建议' },
];

/**
 * 待办 (承办单位): new assignments with the days left to ask for an adjustment
 * (R-ASSIGN-2/3), co-opinions to write (R-CO-1) and items to re-handle
 * (R-EVAL-2). Each row links to the item page, where the unit acts.
 */
export default function InboxPage() {
  const [sp, setSp] = useSearchParams();
  const tab = (TABS.find((t) => t.key === sp.get('tab'))?.key ?? 'assignments') as InboxTab;
  // All three at once: the tab labels show how many each holds.
  const { data, error, loading, reload } = useLoad((signal) => Promise.all(TABS.map((t) => ledgerTools.listInbox(t.key, signal))), []);
  const user = useUser();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<number | null>(null);
  // 签收 straight from the list; a stale row (someone else acted) reloads with the server's message.
  const acknowledge = async (r: InboxRow) => {
    if (!r.myTask) return;
    setBusy(r.id);
    try {
      await actions.acknowledgeAssignment(r.id, { taskVersion: r.myTask.version });
      message.success(`已签收 ${r.number}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '签收失败，请稍后重试');
    } finally {
      setBusy(null);
      reload();
    }
  };

  return (
    <>
      <div className="page-title">
        <h1>待办</h1>
        <Space wrap>
          <FormButton form="responsibility" />
          <FormButton form="visitCard" />
          <FormButton form="referenceContacts" />
        </Space>
        <Tooltip title="刷新">
          <Button aria-label="刷新" icon={<ReloadOutlined />} onClick={reload} />
        </Tooltip>
      </div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 14 }}
        title="新交办的建议请及时签收；不属于本单位职责的，在调整申请期限内到建议页面申请调整并说明理由，逾期只能由交办机关调整。"
      />
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Card styles={{ body: { paddingTop: 4 } }}>
          <Tabs
            activeKey={tab}
            onChange={(k) => setSp(k === 'assignments' ? {} : { tab: k }, { replace: true })}
            items={TABS.map((t, i) => {
              const page = data?.[i];
              return {
                key: t.key,
                label: (
                  <span>
                    {t.label}
                    {page ? <Badge count={page.total} showZero={false} offset={[6, -2]} color={t.key === 'assignments' ? '#1d4f91' : undefined} /> : null}
                  </span>
                ),
                children: (
                  <Table<InboxRow>
                    rowKey="id"
                    size="middle"
                    columns={inboxColumns(t.key, { canAcknowledge: user.role === 'unitOffice', acknowledge, busy })}
                    dataSource={page?.rows ?? []}
                    loading={loading}
                    scroll={{ x: 820 }}
                    locale={{ emptyText: loading ? ' ' : <EmptyState description={t.empty} /> }}
                    pagination={page && (page.total ?? 0) > 20 ? { pageSize: 20, showTotal: (n) => `共 ${n} 件`, style: { paddingInline: 16 } } : false}
                  />
                ),
              };
            })}
          />
          {data && data.some((p) => (p.total ?? 0) > p.rows.length) && <div className="muted">只显示前 200 件，其余请在本单位台账中查看。</div>}
        </Card>
      )}
    </>
  );
}
