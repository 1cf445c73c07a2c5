import { Form, Radio, Select, Typography } from 'antd';
import { overrideBody } from '../../../../../../domain/contracts/items';
import { REPLY_STATE_LABELS } from '../../../../../../domain/items/states';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { unitOf } from '../../Section';
import { NOTE_ROWS, TextArea, type ModalProps } from '../shared';
import { officeReplies } from './replies';

// ── 豁免答复前置要求 (R-TALK-2 / R-CO-1) ────────────────────────────
export function OverrideModal({ detail, onClose, onChanged }: ModalProps) {
  const w = wordsOf(detail.item.kind);
  const user = useUser();
  const unsent = officeReplies(detail, user.role);
  return (
    <ActionModal<typeof overrideBody, { replyId?: number; check?: 'contact' | 'coOpinion'; reason?: string }>
      open
      title="豁免答复前置要求"
      schema={overrideBody}
      fields={['replyId', 'check', 'reason']}
      initialValues={{ replyId: unsent[0]?.id, check: 'contact' }}
      toBody={(v) => ({ version: unsent.find((r) => r.id === v.replyId)?.version, check: v.check, reason: v.reason ?? '' })}
      extraCheck={(v) => (v.replyId ? [] : [{ field: 'replyId', message: '请选择答复' }])}
      submit={(body, v) => actions.overrideReplyCheck(detail.item.id, v.replyId!, body)}
      successText="已豁免，承办单位可以发出答复"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          “先协商、后答复”：确因特殊情况无法与{w.submitter}沟通或会办单位未报送意见的，由交办机关说明理由后豁免。豁免记入办理历史。
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Form.Item name="replyId" label="答复" required>
            <Select options={unsent.map((r) => ({ value: r.id, label: `${unitOf(detail, r.taskId)}（${REPLY_STATE_LABELS[r.state]}）` }))} />
          </Form.Item>
          <Form.Item name="check" label="豁免事项" required>
            <Radio.Group
              options={[
                { value: 'contact', label: '沟通联系（先协商后答复）' },
                { value: 'coOpinion', label: '会办意见' },
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label="豁免理由" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
