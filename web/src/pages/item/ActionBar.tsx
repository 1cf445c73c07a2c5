import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tooltip } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { ItemDetail } from '../../api/types';
import { ACTION_LABELS } from '../../lib/labels';
import { useIsMobile } from '../../lib/useIsMobile';

/** The actions this slice implements as forms, in the order they are offered. */
const IMPLEMENTED = ['reviewSuggestion', 'respondCosignature', 'evaluateReply', 'recordContact', 'sendCoOpinion'] as const;
export type Implemented = (typeof IMPLEMENTED)[number];

const ActionForm = lazy(() => import('./ActionForms'));

/** The buttons of the actions the user may take on this item now (the server's `actions`), and their forms. */
export function ActionBar({ detail, onChanged }: { detail: ItemDetail; onChanged: () => void }) {
  const [open, setOpen] = useState<Implemented | null>(null);
  const mobile = useIsMobile();
  const actions = detail.actions ?? [];
  const ready = IMPLEMENTED.filter((a) => actions.includes(a));
  // on phones only what can be done there; elsewhere the rest is listed (disabled) so staff see what is coming
  const later = mobile ? [] : actions.filter((a) => !(IMPLEMENTED as readonly string[]).includes(a));
  if (!ready.length && !later.length) return null;
  const close = () => setOpen(null);
  const common = { detail, onClose: close, onChanged };

  return (
    <>
      <Space wrap size={8} style={mobile ? { width: '100%' } : undefined}>
        {ready.map((a, i) => (
          <Button key={a} type={i === 0 ? 'primary' : 'default'} onClick={() => setOpen(a)} block={mobile && ready.length === 1}>
            {ACTION_LABELS[a]}
          </Button>
        ))}
        {later.length > 0 && (
          <Dropdown
            menu={{
              items: later.map((a) => ({
                key: a,
                disabled: true,
                label: (
                  <Tooltip title="此操作将在后续版本的工作台中提供" placement="left">
                    <span>{ACTION_LABELS[a] ?? a}</span>
                  </Tooltip>
                ),
              })),
            }}
          >
            <Button>
              其他操作 <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
      {open && (
        <Suspense fallback={null}>
          <ActionForm action={open} {...common} />
        </Suspense>
      )}
    </>
  );
}

