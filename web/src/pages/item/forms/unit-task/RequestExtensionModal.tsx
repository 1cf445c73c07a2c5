import { Form, Typography } from 'antd';
import { requestExtensionBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from '../shared';

// ── 申请延期 (R-REPLY-7) / 审批延期 ─────────────────────────────────
export function RequestExtensionModal({ detail, onClose, onChanged }: ModalProps) {
  const w = wordsOf(detail.item.kind);
  const reply = detail.deadlines.find((d) => d.kind === 'reply' && d.active);
  return (
    <ActionModal<typeof requestExtensionBody, { reason?: string }>
      open
      title="申请延期答复"
      schema={requestExtensionBody}
      fields={['reason']}
      toBody={(v) => ({ reason: v.reason ?? '' })}
      submit={(body) => actions.requestExtension(detail.item.id, body)}
      successText="延期申请已报送交办机关"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          <Typography.Paragraph type="secondary">
            现答复期限：{reply?.dueDate ?? '—'}。情况复杂的{w.item}经交办机关同意后可延长答复期限（按规则配置，一般为交办之日起 6 个月）。
          </Typography.Paragraph>
        </>
      }
    >
      {() => (
        <Form.Item name="reason" label="延期理由" required>
          <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
        </Form.Item>
      )}
    </ActionModal>
  );
}
