import { Alert, Form, Select } from 'antd';
import { sendBackBody } from '../../../../../../domain/contracts/items';
import { REPLY_STATE_LABELS } from '../../../../../../domain/items/states';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { ActionModal } from '../../ActionModal';
import { unitOf } from '../../Section';
import { NOTE_ROWS, TextArea, type ModalProps } from '../shared';
import { returnable } from './replies';
import { ReplySummary } from './ReplySummary';

export function SendBackModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const list = returnable(detail, user.role, user.organizationId);
  return (
    <ActionModal<typeof sendBackBody, { replyId?: number; reason?: string }>
      open
      width={640}
      title="退回重办"
      danger
      okText="退回"
      schema={sendBackBody}
      fields={['replyId', 'reason']}
      initialValues={{ replyId: list[0]?.id }}
      toBody={(v) => ({ version: list.find((r) => r.id === v.replyId)?.version, reason: v.reason ?? '' })}
      extraCheck={(v) => (v.replyId ? [] : [{ field: 'replyId', message: '请选择答复' }])}
      submit={(body, v) => actions.sendBackReply(detail.item.id, v.replyId!, body)}
      successText="答复已退回承办人修改"
      onClose={onClose}
      onChanged={onChanged}
    >
      {() => (
        <>
          {list.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="没有可退回的答复（可能已被他人处理），请刷新页面。" />}
          {list.length > 1 && (
            <Form.Item name="replyId" label="答复" required>
              <Select options={list.map((r) => ({ value: r.id, label: `${unitOf(detail, r.taskId)}（${REPLY_STATE_LABELS[r.state]}）` }))} />
            </Form.Item>
          )}
          <Form.Item noStyle shouldUpdate={(a, b) => a.replyId !== b.replyId}>
            {({ getFieldValue }) => {
              const chosen = list.find((r) => r.id === getFieldValue('replyId'));
              return chosen && <ReplySummary reply={chosen} />;
            }}
          </Form.Item>
          <Form.Item name="reason" label="退回理由" required extra="承办人将看到此理由，修改后重新提交。">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
