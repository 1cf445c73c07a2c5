import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useUser, useAuth } from '../auth/AuthContext';
import { NotificationBell } from '../components/NotificationBell';
import { PlaceSwitcher } from '../pages/levels/PlaceSwitcher';
import { PageLoading } from '../components/PageStates';
import { navFor, QUEUE_PATH, QUEUE_WORKERS } from '../lib/nav';
import { useQueueTotal } from './useQueueTotal';
import { useIsMobile } from '../lib/useIsMobile';
import { useWords } from '../lib/words';
import './layout.css';
import { DemoSeedingBanner } from '../components/DemoSeedingBanner';

const { Header, Sider, Content } = Layout;

/** Header (system name, user, 退出), the role's menu (a drawer on phones) and the page. */
export function AppLayout() {
  const user = useUser();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const mobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const words = useWords();
  const nav = useMemo(() => navFor(user.role, user.congress?.level, user.body), [user.role, user.congress?.level, user.body]);
  const waiting = useQueueTotal(QUEUE_WORKERS.includes(user.role));

  const selected = useMemo(() => {
    const p = location.pathname;
    const hit = nav.filter((n) => p === n.path || p.startsWith(`${n.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
    if (hit) return [hit.path];
    if (p.startsWith('/items/')) return [nav.find((n) => n.path === '/items')?.path ?? ''];
    return [];
  }, [location.pathname, nav]);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected}
      items={nav.map((n) => ({
        key: n.path,
        icon: n.icon,
        label:
          n.path === QUEUE_PATH && waiting ? (
            <span aria-label={`待办（${waiting} 件）`}>
              {n.label} <Badge count={waiting} overflowCount={999} size="small" color="#1d4f91" />
            </span>
          ) : (
            n.label
          ),
      }))}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  const logout = async () => {
    await signOut();
    navigate('/login', { replace: true });
  };

  return (
    <Layout className="app-layout">
      <Header className="app-header">
        <Space size={mobile ? 8 : 12} align="center" style={{ minWidth: 0 }}>
          {mobile && <Button type="text" aria-label="打开菜单" icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} className="app-header-btn" />}
          <span className="app-logo" aria-hidden>
            议
          </span>
          <span className="app-title">{words.system}</span>
        </Space>
        <Space size={mobile ? 4 : 12} align="center" className="app-user">
          {/* On a phone the body and its switcher are in the menu drawer: the header has no room to spare at 375 px. */}
          {!mobile && <PlaceSwitcher />}
          <NotificationBell />
          {/* On a phone the bell takes the icon's place (the name and role are in the menu drawer too). */}
          {!mobile && <UserOutlined />}
          <span className="app-user-name">{user.name}</span>
          {!mobile && <span className="app-user-role">{user.roleLabel}</span>}
          <Button type="text" icon={<LogoutOutlined />} onClick={logout} className="app-header-btn">
            退出
          </Button>
        </Space>
      </Header>
      <Layout>
        {!mobile && (
          <Sider width={208} theme="light" className="app-sider">
            {menu}
          </Sider>
        )}
        {mobile && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            title={
              <div>
                <div>{user.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                  {user.roleLabel}
                </Typography.Text>
                <div style={{ fontWeight: 'normal' }}>
                  <PlaceSwitcher inDrawer />
                </div>
              </div>
            }
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Content className={mobile ? 'app-content app-content-mobile' : 'app-content'}>
          <DemoSeedingBanner style={{ marginBottom: 16 }} />
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
