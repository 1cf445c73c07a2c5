import { Alert, Form } from 'antd';
import { adjustmentRequestBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { daysText } from '../../../../lib/dates';
import { ActionModal } from '../../ActionModal';
import { UnitPicker } from '../UnitPicker';
import { ItemIntro, myTask, NOTE_ROWS, TextArea, type ModalProps } from '../shared';
import { adjustmentWindow } from './adjustment-window';

// ── 申请调整 (R-ASSIGN-3) ───────────────────────────────────────────
interface AdjustmentValues {
  reason?: string;
  suggestedUnitIds?: number[];
}

export function RequestAdjustmentModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = myTask(detail, user.organizationId);
  const window = adjustmentWindow(detail, task);
  return (
    <ActionModal<typeof adjustmentRequestBody, AdjustmentValues>
      open
      title="申请调整（退办）"
      schema={adjustmentRequestBody}
      fields={['reason', 'suggestedUnitIds']}
      toBody={(v) => ({ taskVersion: task?.version, reason: v.reason ?? '', suggestedUnitIds: v.suggestedUnitIds?.length ? v.suggestedUnitIds : undefined })}
      submit={(body) => actions.requestAdjustment(detail.item.id, body)}
      successText="调整申请已报送交办机关"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          {task?.state === 'draft' ? (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title="本件为预交办，正式交办前可对交办方案提出调整意见。" />
          ) : (
            window && (
              <Alert
                type={window.daysLeft <= 2 ? 'warning' : 'info'}
                showIcon
                style={{ marginBottom: 12 }}
                title={`调整申请期限至 ${window.dueDate}（${daysText(window.daysLeft)}）。逾期后只能由交办机关调整。`}
              />
            )
          )}
        </>
      }
    >
      {() => (
        <>
          <Form.Item name="reason" label="申请理由" required extra="请写明不属于本单位职责的依据，交办机关据此审批。">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="suggestedUnitIds" label="建议改由哪些单位承办（可选）">
            <UnitPicker multiple exclude={user.organizationId ? [user.organizationId] : []} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
