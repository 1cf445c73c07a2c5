import { SwapOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { levelsApi, type Place } from '../../api/levels';
import { useAuth, useUser } from '../../auth/AuthContext';
import { homeFor } from '../../lib/nav';

/** What a place is called in the switcher: the body, then the role and the office in it. */
function placeLabel(p: Place): string {
  return `${p.congress.name} · ${p.roleLabel}${p.organizationName ? `（${p.organizationName}）` : ''}`;
}

/**
 * The header's body name; for a user with several places (a city deputy who is also a county deputy,
 * a township presidium that also runs the township's suggestions) a menu to work in another one.
 */
export function PlaceSwitcher({ inDrawer = false }: { inDrawer?: boolean }) {
  const user = useUser();
  const { switchPlace } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [busy, setBusy] = useState(false);
  const name = user.congress?.name ?? '';
  if (user.places < 2) return name ? <span className={inDrawer ? 'muted' : 'app-user-role'}>{name}</span> : null;

  const load = (open: boolean) => {
    if (open && !places)
      levelsApi.places().then(
        (a) => setPlaces(a.places),
        () => setPlaces([]),
      );
  };
  const items: MenuProps['items'] = places
    ? places.map((p) => ({ key: String(p.membershipId ?? 'own'), label: placeLabel(p), disabled: p.current }))
    : [{ key: 'loading', label: '正在加载…', disabled: true }];
  const onClick: MenuProps['onClick'] = async ({ key }) => {
    const place = places?.find((p) => String(p.membershipId ?? 'own') === key);
    if (!place) return;
    setBusy(true);
    try {
      const next = await switchPlace(place.membershipId);
      setPlaces(null);
      message.success(`已切换到 ${placeLabel(place)}`);
      navigate(homeFor(next.role), { replace: true });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '切换失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} onOpenChange={load}>
      <Button
        type={inDrawer ? 'link' : 'text'}
        className={inDrawer ? undefined : 'app-header-btn'}
        style={inDrawer ? { padding: 0 } : undefined}
        icon={<SwapOutlined />}
        loading={busy}
        aria-label={`切换工作身份，当前：${name}`}
      >
        {name}
      </Button>
    </Dropdown>
  );
}
