import { Form, Radio, Typography } from 'antd';
import { contactResponseBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { CONTACT_METHOD_LABELS } from '../../../../lib/labels';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { unitOf } from '../../Section';
import { NOTE_ROWS, TextArea, type ModalProps } from '../shared';

// ── 确认沟通记录 (R-TALK-1) ─────────────────────────────────────────
interface RespondContactValues {
  contactId?: number;
  response?: 'confirmed' | 'disputed';
  note?: string;
}

export function RespondContactModal({ detail, onClose, onChanged }: ModalProps) {
  const w = wordsOf(detail.item.kind);
  const user = useUser();
  const open = detail.contacts.filter((c) => !c.responses?.some((r) => r.deputyId === user.deputyId));
  return (
    <ActionModal<typeof contactResponseBody, RespondContactValues>
      open
      title="确认沟通记录"
      schema={contactResponseBody}
      fields={['contactId', 'response', 'note']}
      initialValues={{ contactId: open[0]?.id, response: 'confirmed' }}
      toBody={(v) => ({ response: v.response, note: v.note?.trim() ? v.note : undefined })}
      extraCheck={(v) => (v.contactId ? [] : [{ field: 'contactId', message: '请选择沟通记录' }])}
      submit={(body, v) => actions.respondContact(detail.item.id, v.contactId!, body)}
      successText="已答复沟通记录"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          承办单位登记了与您的沟通联系。请核对是否属实：属实请确认；与实际不符请说明情况，{w.office}和承办单位将核实。
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Form.Item name="contactId" label="沟通记录" required>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {open.map((c) => (
                <Radio key={c.id} value={c.id}>
                  {c.contactedOn} {unitOf(detail, c.taskId, c.unitId) || '承办单位'}（{CONTACT_METHOD_LABELS[c.method]}）：{c.summary}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="response" label="是否属实" required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'confirmed', label: '属实，确认' },
                { value: 'disputed', label: '与实际不符' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.response !== b.response}>
            {({ getFieldValue }) =>
              getFieldValue('response') === 'disputed' && (
                <Form.Item name="note" label="不符之处" required>
                  <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder="如：当天并未见面，只通过短信告知" />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
