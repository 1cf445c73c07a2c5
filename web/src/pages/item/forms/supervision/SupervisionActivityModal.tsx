import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { supervisionActivityBody } from '../../../../../../domain/contracts/supervision';
import { SUPERVISION_ACTIVITY_KINDS, SUPERVISION_ACTIVITY_LABELS, type SupervisionActivityKind } from '../../../../../../domain/supervision/key-supervision';
import { supervisionApi } from '../../../../api/supervision';
import { todayInShanghai } from '../../../../lib/dates';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, TextArea } from '../shared';
import type { SupervisionModalProps } from './shared';

// ── 督办活动 (R-SUP-3) ────────────────────────────────────────────────
interface ActivityValues {
  kind?: SupervisionActivityKind;
  heldOn?: Dayjs | null;
  participants?: string;
  notes?: string;
}

export function SupervisionActivityModal({ detail, onClose, onChanged }: SupervisionModalProps) {
  const today = todayInShanghai();
  return (
    <ActionModal<typeof supervisionActivityBody, ActivityValues>
      open
      title="登记督办活动"
      schema={supervisionActivityBody}
      fields={['kind', 'heldOn', 'participants', 'notes']}
      initialValues={{ heldOn: dayjs(today) }}
      toBody={(v) => ({ kind: v.kind, heldOn: v.heldOn ? v.heldOn.format('YYYY-MM-DD') : '', participants: v.participants ?? '', notes: v.notes ?? '' })}
      submit={(body) => supervisionApi.recordSupervisionActivity(detail.item.id, body)}
      successText="督办活动已登记"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="kind" label="活动形式" required style={{ flex: '1 1 160px' }}>
              <Select
                placeholder="请选择"
                aria-label="活动形式"
                options={SUPERVISION_ACTIVITY_KINDS.map((k) => ({ value: k, label: SUPERVISION_ACTIVITY_LABELS[k] }))}
              />
            </Form.Item>
            <Form.Item name="heldOn" label="活动日期" required style={{ flex: '1 1 160px' }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} inputReadOnly />
            </Form.Item>
          </div>
          <Form.Item name="participants" label="参加人员" required>
            <Input maxLength={500} placeholder="如：王副主任、教科文卫委、省教育厅负责同志" />
          </Form.Item>
          <Form.Item name="notes" label="活动情况" required>
            <TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount placeholder="督办发现的问题、提出的要求和承办单位的回应" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
