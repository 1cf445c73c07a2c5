import { Form, Radio, Typography } from 'antd';
import { returnCoOpinionBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { NOTE_ROWS, TextArea, type ModalProps } from '../shared';

// ── 退回会办意见 (R-CO-3) ───────────────────────────────────────────
interface ReturnValues {
  coTaskId?: number;
  reason?: string;
}

export function ReturnCoOpinionModal({ detail, onClose, onChanged }: ModalProps) {
  const w = wordsOf(detail.item.kind);
  const sent = detail.tasks.filter((t) => t.role === 'co' && t.state === 'opinionSent');
  const opinionOf = (taskId: number) => [...detail.coOpinions].reverse().find((o) => o.taskId === taskId && o.state === 'sent');
  return (
    <ActionModal<typeof returnCoOpinionBody, ReturnValues>
      open
      title="退回会办意见"
      danger
      okText="退回重报"
      schema={returnCoOpinionBody}
      fields={['coTaskId', 'reason']}
      initialValues={{ coTaskId: sent[0]?.id }}
      toBody={(v) => ({ coTaskVersion: sent.find((t) => t.id === v.coTaskId)?.version, reason: v.reason ?? '' })}
      extraCheck={(v) => (v.coTaskId ? [] : [{ field: 'coTaskId', message: '请选择会办单位' }])}
      submit={(body, v) => actions.returnCoOpinion(detail.item.id, v.coTaskId!, body)}
      successText="会办意见已退回，会办单位将重新报送"
      onClose={onClose}
      onChanged={onChanged}
      intro={<Typography.Paragraph type="secondary">会办意见空泛或与{w.item}内容无关的，主办单位可退回重报。</Typography.Paragraph>}
    >
      {() => (
        <>
          <Form.Item name="coTaskId" label="会办单位" required>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {sent.map((t) => (
                <Radio key={t.id} value={t.id}>
                  {t.unitName}：{opinionOf(t.id)?.body.slice(0, 80) ?? '（无内容）'}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="reason" label="退回理由" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
