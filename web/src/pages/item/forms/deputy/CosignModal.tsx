import { Form, Radio, Typography } from 'antd';
import { cosignBody } from '../../../../../../domain/contracts/items';
import { api } from '../../../../api/client';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import type { ModalProps } from '../shared';

// ── 附议确认 (R-SUBMIT-1) ───────────────────────────────────────────
export function CosignModal({ detail, onClose, onChanged }: ModalProps) {
  const lead = detail.signers.find((s) => s.isLead);
  const w = wordsOf(detail.item.kind);
  return (
    <ActionModal<typeof cosignBody, { confirm?: boolean }>
      open
      title={w.action('respondCosignature')}
      schema={cosignBody}
      fields={['confirm']}
      initialValues={{ confirm: true }}
      toBody={(v) => ({ confirm: v.confirm })}
      submit={(body) => api.respondCosignature(detail.item.id, body)}
      successText={`已答复${w.cosign}邀请`}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph>
          {lead ? `${lead.name} ${w.submitter}` : w.lead}邀请您{w.cosign}《{detail.item.title}》。请阅读{w.item}正文后确认。
        </Typography.Paragraph>
      }
    >
      {() => (
        <Form.Item name="confirm" label="您的决定" required>
          <Radio.Group
            options={[
              { value: true, label: w.proposal ? '确认联名' : '确认附议（联名提出）' },
              { value: false, label: `不${w.cosign}` },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
      )}
    </ActionModal>
  );
}
