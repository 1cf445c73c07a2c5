import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { notificationsApi } from '../api/notifications';

/** Fired by the inbox after it marked messages read, so the badge follows at once. */
export const NOTIFICATIONS_CHANGED = 'jianyi:notifications-changed';
const POLL_MS = 60_000;

/** The header's bell (§7): the unread count, refreshed every minute, on page change and when the window regains focus. */
export function NotificationBell() {
  const [unread, setUnread] = useState(0);
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    const ctl = new AbortController();
    const load = () =>
      notificationsApi.unreadCount(ctl.signal).then(
        (r) => setUnread(r.unread),
        () => undefined, // a failed poll keeps the last count; the next one tries again
      );
    void load();
    const timer = setInterval(load, POLL_MS);
    window.addEventListener('focus', load);
    window.addEventListener(NOTIFICATIONS_CHANGED, load);
    return () => {
      ctl.abort();
      clearInterval(timer);
      window.removeEventListener('focus', load);
      window.removeEventListener(NOTIFICATIONS_CHANGED, load);
    };
  }, [location.pathname]);

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
