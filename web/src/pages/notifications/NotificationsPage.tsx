import { CheckOutlined, ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { App as AntApp, Badge, Button, Card, List, Pagination, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { notificationsApi, type NotificationEntry } from '../../api/notifications';
import { NOTIFICATIONS_CHANGED } from '../../components/NotificationBell';
import { EmptyState, LoadError } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';

const PAGE_SIZE = 20;

/** 消息: the signed-in user's in-app inbox (§7), unread first by choice, newest first; opening one marks it read. */
export default function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const { data, error, loading, reload } = useLoad(
    (signal) => notificationsApi.list({ unread: unreadOnly, page, pageSize: PAGE_SIZE }, signal),
    [unreadOnly, page],
  );

  const changed = () => {
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    reload();
  };
  const open = async (n: NotificationEntry) => {
    if (!n.readAt) {
      await notificationsApi.markRead(n.id).catch(() => undefined);
      changed();
    }
    if (n.itemId) navigate(`/items/${n.itemId}`);
  };
  const readAll = async () => {
    try {
      const r = await notificationsApi.markAllRead();
      message.success(r.marked ? `已将 ${r.marked} 条消息标记为已读` : '没有未读消息');
      changed();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    }
  };

  return (
    <>
      <div className="page-title">
        <h1>消息</h1>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
          <Button icon={<CheckOutlined />} onClick={readAll} disabled={!data?.unread}>
            全部已读
          </Button>
          <Link to="/settings/notifications">
            <Button icon={<SettingOutlined />}>提醒设置</Button>
          </Link>
        </Space>
      </div>
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => {
              setUnreadOnly(v === 'unread');
              setPage(1);
            }}
            options={[
              { value: 'all', label: '全部' },
              { value: 'unread', label: `未读${data ? `（${data.unread}）` : ''}` },
            ]}
          />
        </Space>
        {error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <>
            <List
              loading={loading}
              dataSource={data?.rows ?? []}
              locale={{ emptyText: <EmptyState description={unreadOnly ? '没有未读消息' : '暂无消息'} /> }}
              renderItem={(n) => (
                <List.Item
                  className={n.readAt ? 'notification-read' : 'notification-unread'}
                  style={{ cursor: 'pointer', alignItems: 'flex-start' }}
                  onClick={() => void open(n)}
                  actions={
                    n.readAt
                      ? []
                      : [
                          <Typography.Link
                            key="read"
                            onClick={(e) => {
                              e.stopPropagation();
                              void notificationsApi.markRead(n.id).then(changed);
                            }}
                          >
                            标为已读
                          </Typography.Link>,
                        ]
                  }
                >
                  <List.Item.Meta
                    title={
                      <Space size={8} wrap>
                        {!n.readAt && <Badge status="processing" />}
                        <span style={{ fontWeight: n.readAt ? 'normal' : 600 }}>{n.title}</span>
                        {n.itemNumber && <Typography.Text type="secondary">第 {n.itemNumber} 号</Typography.Text>}
                      </Space>
                    }
                    description={
                      <>
                        <div style={{ color: 'rgba(0,0,0,0.75)' }}>{n.body}</div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatDateTime(n.createdAt)}
                        </Typography.Text>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
            {(data?.total ?? 0) > PAGE_SIZE && (
              <div style={{ textAlign: 'right', marginTop: 12 }}>
                <Pagination current={page} pageSize={PAGE_SIZE} total={data?.total ?? 0} onChange={setPage} showSizeChanger={false} />
              </div>
            )}
          </>
        )}
      </Card>
    </>
  );
}
