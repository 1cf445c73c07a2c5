import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';

/** Supervision operations and their button text (R-SUP-2, R-SUP-3). */
export const SUPERVISION_ACTION_LABELS: Record<string, string> = {
  designateKeySupervision: '确定重点督办',
  updateKeySupervision: '修改督办安排',
  recordSupervisionActivity: '登记督办活动',
  revokeKeySupervision: '撤销重点督办',
  sendManualReminder: '催办',
  issueUrgingLetter: '发督办函',
};
export type SupervisionAction = keyof typeof SUPERVISION_ACTION_LABELS;

/** A section's supervision actions: the first as a button, the rest under 更多. */
export function SupervisionActionButtons({ actions, onOpen }: { actions: readonly SupervisionAction[]; onOpen: (a: SupervisionAction) => void }) {
  if (!actions.length) return null;
  const [first, ...rest] = actions;
  return (
    <Space size={6}>
      <Button size="small" type="primary" ghost onClick={() => onOpen(first)}>
        {SUPERVISION_ACTION_LABELS[first]}
      </Button>
      {rest.length > 0 && (
        <Dropdown
          menu={{
            items: rest.map((a) => ({ key: a, label: SUPERVISION_ACTION_LABELS[a], danger: a === 'revokeKeySupervision' })),
            onClick: ({ key }) => onOpen(key),
          }}
        >
          <Button size="small" aria-label="更多督办操作">
            更多 <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}
