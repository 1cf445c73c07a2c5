import { Form } from 'antd';
import { revokeKeySupervisionBody } from '../../../../../../domain/contracts/supervision';
import { supervisionApi } from '../../../../api/supervision';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea } from '../shared';
import type { SupervisionModalProps } from './shared';

export function RevokeKeySupervisionModal({ detail, supervision, onClose, onChanged }: SupervisionModalProps) {
  const current = supervision.keySupervision;
  return (
    <ActionModal<typeof revokeKeySupervisionBody, { reason?: string }>
      open
      danger
      title="撤销重点督办"
      okText="撤销"
      schema={revokeKeySupervisionBody}
      fields={['reason']}
      toBody={(v) => ({ version: current?.version, reason: v.reason ?? '' })}
      submit={(body) => supervisionApi.revokeKeySupervision(detail.item.id, body)}
      successText="已撤销重点督办"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <Form.Item name="reason" label="撤销理由" required>
          <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder="如：问题已基本解决，转入常规督办" />
        </Form.Item>
      )}
    </ActionModal>
  );
}
