import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { notificationsApi } from '../api/notifications';
import { usePolled } from '../lib/usePolled';

/** Fired by the inbox after it marked messages read, so the badge follows at once. */
export const NOTIFICATIONS_CHANGED = 'jianyi:notifications-changed';

/** The header's bell (§7): the unread count, refreshed every minute, on page change and when the window regains focus. */
export function NotificationBell() {
  const navigate = useNavigate();
  const unread = usePolled((signal) => notificationsApi.unreadCount(signal), NOTIFICATIONS_CHANGED)?.unread ?? 0;

  const label = unread ? `消息（${unread} 条未读）` : '消息';
  return (
    <Tooltip title={label}>
      <Button type="text" aria-label={label} className="app-header-btn" onClick={() => navigate('/notifications')}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18, color: 'inherit' }} />
        </Badge>
      </Button>
    </Tooltip>
  );
}
