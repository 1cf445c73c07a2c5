import { Typography } from 'antd';
import { acknowledgeBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { daysText } from '../../../../lib/dates';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, myTask, type ModalProps } from '../shared';
import { adjustmentWindow } from './adjustment-window';

// ── 签收 (R-ASSIGN-2/3) ─────────────────────────────────────────────
export function AcknowledgeModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = myTask(detail, user.organizationId);
  const window = adjustmentWindow(detail, task);
  return (
    <ActionModal<typeof acknowledgeBody, object>
      open
      title="签收交办"
      okText="签收"
      schema={acknowledgeBody}
      fields={[]}
      toBody={() => ({ taskVersion: task?.version })}
      submit={(body) => actions.acknowledgeAssignment(detail.item.id, body)}
      successText="已签收"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <Typography.Paragraph>
          {task?.state === 'draft'
            ? '本件为预交办：签收表示本单位对交办方案无异议；如有异议，请改为“申请调整”并说明理由。'
            : `签收后请及时分解落实。${window ? `如不属于本单位职责，可在 ${window.dueDate}（${daysText(window.daysLeft)}）前申请调整。` : ''}`}
        </Typography.Paragraph>
      )}
    </ActionModal>
  );
}
