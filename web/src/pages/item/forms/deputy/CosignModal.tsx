import { Form, Radio, Typography } from 'antd';
import { cosignBody } from '../../../../../../domain/contracts/items';
import { api } from '../../../../api/client';
import { ActionModal } from '../../ActionModal';
import type { ModalProps } from '../shared';

// ── 附议确认 (R-SUBMIT-1) ───────────────────────────────────────────
export function CosignModal({ detail, onClose, onChanged }: ModalProps) {
  const lead = detail.signers.find((s) => s.isLead);
  return (
    <ActionModal<typeof cosignBody, { confirm?: boolean }>
      open
      title="附议确认"
      schema={cosignBody}
      fields={['confirm']}
      initialValues={{ confirm: true }}
      toBody={(v) => ({ confirm: v.confirm })}
      submit={(body) => api.respondCosignature(detail.item.id, body)}
      successText="已答复附议邀请"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph>
          {lead ? `${lead.name} 代表` : '领衔代表'}邀请您附议《{detail.item.title}》。请阅读建议正文后确认。
        </Typography.Paragraph>
      }
    >
      {() => (
        <Form.Item name="confirm" label="您的决定" required>
          <Radio.Group
            options={[
              { value: true, label: '确认附议（联名提出）' },
              { value: false, label: '不附议' },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
      )}
    </ActionModal>
  );
}
