import { Alert, Form, Input, Radio, Typography } from 'antd';
import { coOpinionBody } from '../../../../../../domain/contracts/items';
import { api } from '../../../../api/client';
import { useUser } from '../../../../auth/AuthContext';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, TextArea, type ModalProps } from '../shared';

// ── 会办意见 (R-CO-1) ───────────────────────────────────────────────
interface CoOpinionValues {
  body?: string;
  publicity?: 'public' | 'private';
  privateReason?: string;
  contactPerson?: string;
  contactPhone?: string;
}

/** R-REPLY-4: a non-public opinion needs a reason. */
const coOpinionSchema = coOpinionBody.refine((b) => b.publicity !== 'private' || Boolean(b.privateReason?.trim()), {
  path: ['privateReason'],
  message: '不公开须说明理由',
});

export function CoOpinionModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = detail.tasks.find((t) => t.unitId === user.organizationId && t.role === 'co' && t.state !== 'withdrawn');
  const lead = detail.tasks.find((t) => t.role === 'lead' && t.state !== 'withdrawn');
  // R-CO-1: the contact of the unit's last opinion (one returned for redo), else the user, as the reply form does.
  const last = [...detail.coOpinions].reverse().find((o) => o.taskId === task?.id && o.contactPerson);
  return (
    <ActionModal<typeof coOpinionSchema, CoOpinionValues>
      open
      title="报送会办意见"
      schema={coOpinionSchema}
      fields={['body', 'publicity', 'privateReason', 'contactPerson', 'contactPhone']}
      initialValues={{ publicity: 'public', contactPerson: last?.contactPerson ?? user.name, contactPhone: last?.contactPhone ?? undefined }}
      toBody={(v) => ({
        taskVersion: task?.version,
        body: v.body ?? '',
        publicity: v.publicity,
        privateReason: v.publicity === 'private' ? (v.privateReason ?? '') : undefined,
        contactPerson: v.contactPerson ?? '',
        contactPhone: v.contactPhone ?? '',
      })}
      submit={(body) => api.sendCoOpinion(detail.item.id, body)}
      successText="会办意见已报送主办单位"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          {!task && <Alert type="warning" showIcon title="未找到本单位的会办任务，请刷新页面后重试。" style={{ marginBottom: 12 }} />}
          {lead && <Typography.Paragraph type="secondary">报送主办单位：{lead.unitName}，同时抄送政府办公厅。</Typography.Paragraph>}
        </>
      }
    >
      {() => (
        <>
          <Form.Item name="body" label="会办意见" required>
            <TextArea autoSize={{ minRows: 6, maxRows: 14 }} maxLength={20000} showCount />
          </Form.Item>
          <Form.Item name="publicity" label="能否公开" required>
            <Radio.Group
              options={[
                { value: 'public', label: '可以公开' },
                { value: 'private', label: '不公开' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.publicity !== b.publicity}>
            {({ getFieldValue }) =>
              getFieldValue('publicity') === 'private' && (
                <Form.Item name="privateReason" label="不公开理由" required>
                  <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
                </Form.Item>
              )
            }
          </Form.Item>
          <div className="plan-row" style={{ flexWrap: 'wrap' }}>
            <Form.Item name="contactPerson" label="联系人" required style={{ flex: '1 1 200px' }}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="contactPhone" label="联系电话" required style={{ flex: '1 1 200px' }}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </div>
        </>
      )}
    </ActionModal>
  );
}
