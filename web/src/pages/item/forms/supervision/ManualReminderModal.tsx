import { Form, Select } from 'antd';
import { manualReminderBody } from '../../../../../../domain/contracts/supervision';
import { supervisionApi } from '../../../../api/supervision';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea } from '../shared';
import { ALL, unitOptions, type SupervisionModalProps } from './shared';

// ── 催办 (R-SUP-2) ────────────────────────────────────────────────────

export function ManualReminderModal({ detail, supervision, onClose, onChanged }: SupervisionModalProps) {
  const w = wordsOf(detail.item.kind);
  return (
    <ActionModal<typeof manualReminderBody, { unitId?: number; note?: string }>
      open
      title="催办"
      okText="发出催办"
      schema={manualReminderBody}
      fields={['unitId', 'note']}
      initialValues={{ unitId: supervision.openUnits.length > 1 ? ALL : supervision.openUnits[0]?.unitId }}
      toBody={(v) => ({ unitId: v.unitId === ALL ? null : v.unitId, note: v.note ?? '' })}
      submit={(body) => supervisionApi.sendManualReminder(detail.item.id, body)}
      successText="催办已发出"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <>
          <Form.Item name="unitId" label="催办单位" required>
            <Select
              aria-label="催办单位"
              options={[...(supervision.openUnits.length > 1 ? [{ value: ALL, label: '全部未完成的承办单位' }] : []), ...unitOptions(supervision)]}
            />
          </Form.Item>
          <Form.Item name="note" label="催办内容" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder={`如：答复期限临近，请抓紧办理并及时与${w.submitter}沟通`} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
