import { Form } from 'antd';
import { decideRequestBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { ActionModal } from '../../ActionModal';
import { unitOf } from '../../Section';
import { ApproveField, NOTE_ROWS, TextArea, type ModalProps } from '../shared';

// ── 审批延期 (R-REPLY-7) ──────────────────────────────────────────────

export function DecideExtensionModal({ detail, onClose, onChanged }: ModalProps) {
  const req = detail.requests.find((r) => r.kind === 'extension' && r.state === 'pending');
  const unit = req ? unitOf(detail, req.taskId, req.unitId) : '';
  return (
    <ActionModal<typeof decideRequestBody, { approve?: boolean; note?: string }>
      open
      title="审批延期申请"
      schema={decideRequestBody}
      fields={['approve', 'note']}
      initialValues={{ approve: true }}
      toBody={(v) => ({ approve: v.approve, note: v.note ?? '' })}
      submit={(body) => actions.decideExtension(detail.item.id, req!.id, body)}
      successText="已审批延期申请"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        req && (
          <div className="eval-intro">
            <div>申请单位：{unit || '—'}</div>
            <div>延期理由：{req.reason}</div>
          </div>
        )
      }
    >
      {() => (
        <>
          <ApproveField yes="同意延期" />
          <Form.Item name="note" label="审批意见" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
