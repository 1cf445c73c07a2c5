import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { WorkOrderAction } from '../../../../domain/hotline/actions';
import type { OrderDetail } from '../../api/hotline';
import { useUser } from '../../auth/AuthContext';
import { useIsMobile } from '../../lib/useIsMobile';

/**
 * The order's actions the server offers the viewer now (`actions`), the step that moves the order on
 * first (the primary button), then the work around it; the rarer ones in 更多操作.
 */
const ORDER: readonly WorkOrderAction[] = [
  'rateWorkOrder',
  'dispatchWorkOrder',
  'recordWorkOrderSignOff',
  'recordWorkOrderContact',
  'finishWorkOrder',
  'feedBackWorkOrder',
  'decideWorkOrderExtension',
  'confirmWorkOrderCaller',
  'requestWorkOrderSignOff',
  'requestWorkOrderExtension',
  'returnWorkOrder',
  'mergeWorkOrder',
  'superviseWorkOrderJointly',
  'spotCheckWorkOrder',
];
/** Actions that never move the order on: never the primary button. */
const NEVER_PRIMARY: ReadonlySet<WorkOrderAction> = new Set(['confirmWorkOrderCaller', 'mergeWorkOrder', 'returnWorkOrder', 'requestWorkOrderSignOff']);

export function actionLabel(a: WorkOrderAction, d: OrderDetail, deputy: boolean): string {
  switch (a) {
    case 'confirmWorkOrderCaller':
      return d.deputyConfirmed ? '更改来电代表' : '确认来电代表';
    case 'requestWorkOrderSignOff':
      return '呈签';
    case 'recordWorkOrderSignOff':
      return '登记批示';
    case 'dispatchWorkOrder':
      return d.state === 'returned' ? '改派' : '派单';
    case 'returnWorkOrder':
      return '退单';
    case 'recordWorkOrderContact':
      return '联系代表';
    case 'requestWorkOrderExtension':
      return '申请延期';
    case 'decideWorkOrderExtension':
      return '审批延期';
    case 'finishWorkOrder':
      return '办结';
    case 'feedBackWorkOrder':
      return '反馈代表';
    case 'rateWorkOrder':
      return deputy ? '评价办理结果' : '回访评价';
    case 'mergeWorkOrder':
      return '并单';
    case 'superviseWorkOrderJointly':
      return '联合督办';
    case 'spotCheckWorkOrder':
      return '督办抽查';
  }
}

const ActionForm = lazy(() => import('./forms/ActionForm'));

export function OrderActions({ d, onChanged }: { d: OrderDetail; onChanged: () => void }) {
  const user = useUser();
  const mobile = useIsMobile();
  const [open, setOpen] = useState<WorkOrderAction | null>(null);
  const deputy = user.role === 'deputy';
  const ready = ORDER.filter((a) => d.actions.includes(a));
  if (!ready.length) return null;
  const shown = ready.slice(0, mobile ? 2 : 4);
  const more = ready.slice(shown.length);
  return (
    <>
      <Space wrap size={8} style={mobile ? { width: '100%' } : undefined}>
        {shown.map((a, i) => (
          <Button
            key={a}
            type={i === 0 && !NEVER_PRIMARY.has(a) ? 'primary' : 'default'}
            size={mobile && deputy ? 'large' : undefined}
            block={mobile && shown.length === 1}
            onClick={() => setOpen(a)}
          >
            {actionLabel(a, d, deputy)}
          </Button>
        ))}
        {more.length > 0 && (
          <Dropdown menu={{ items: more.map((a) => ({ key: a, label: actionLabel(a, d, deputy) })), onClick: ({ key }) => setOpen(key as WorkOrderAction) }}>
            <Button>
              更多操作 <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
      {open && (
        <Suspense fallback={null}>
          <ActionForm action={open} d={d} title={actionLabel(open, d, deputy)} onClose={() => setOpen(null)} onChanged={onChanged} />
        </Suspense>
      )}
    </>
  );
}
