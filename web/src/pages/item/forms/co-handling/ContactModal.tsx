import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { contactBody } from '../../../../../../domain/contracts/items';
import { contactPhasesFor } from '../../../../../../domain/items/handling-rules';
import { CONTACT_METHODS, type ContactMethod, type ContactPhase } from '../../../../../../domain/items/kinds';
import { api } from '../../../../api/client';
import { useUser } from '../../../../auth/AuthContext';
import { todayInShanghai } from '../../../../lib/dates';
import { CONTACT_METHOD_LABELS, CONTACT_PHASE_LABELS } from '../../../../lib/labels';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, myTask, TextArea, type ModalProps } from '../shared';

// ── 沟通联系 (R-TALK-1) ─────────────────────────────────────────────
interface ContactValues {
  contactedOn?: Dayjs | null;
  method?: ContactMethod;
  phase?: ContactPhase;
  participants?: string;
  summary?: string;
  deputyView?: string;
}

export function ContactModal({ detail, onClose, onChanged }: ModalProps) {
  const today = todayInShanghai();
  const w = wordsOf(detail.item.kind);
  const task = myTask(detail, useUser().organizationId);
  // The phases the server accepts now: after the unit's reply, the follow-up visit only (handling-rules.ts).
  const phases = task ? contactPhasesFor(task.state, detail.item.state) : [];
  const phase: ContactPhase | undefined = phases.length === 1 ? phases[0] : detail.contacts.length ? 'during' : 'before';
  return (
    <ActionModal<typeof contactBody, ContactValues>
      open
      title="登记沟通联系"
      schema={contactBody}
      fields={['contactedOn', 'method', 'phase', 'participants', 'summary', 'deputyView']}
      initialValues={{ contactedOn: dayjs(today), phase }}
      toBody={(v) => ({
        contactedOn: v.contactedOn ? v.contactedOn.format('YYYY-MM-DD') : '',
        method: v.method,
        phase: v.phase,
        participants: v.participants ?? '',
        summary: v.summary ?? '',
        deputyView: v.deputyView?.trim() ? v.deputyView : undefined,
      })}
      submit={(body) => api.recordContact(detail.item.id, body)}
      successText="沟通联系已登记"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="contactedOn" label="沟通日期" required style={{ flex: '1 1 160px' }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} inputReadOnly />
            </Form.Item>
            <Form.Item name="method" label="沟通方式" required style={{ flex: '1 1 160px' }}>
              <Select placeholder="请选择" options={CONTACT_METHODS.map((m) => ({ value: m, label: CONTACT_METHOD_LABELS[m] }))} />
            </Form.Item>
          </div>
          <Form.Item name="phase" label="办理阶段" required extra={phases.length === 1 ? '本单位已答复，登记的是办后回访。' : undefined}>
            <Radio.Group
              optionType="button"
              options={phases.map((p) => ({
                value: p,
                label: `${CONTACT_PHASE_LABELS[p]}${p === 'before' ? '走访' : p === 'during' ? '拜访' : '回访'}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="participants" label="参加人员" required>
            <Input maxLength={500} placeholder={`如：承办处室负责人、承办人；××${w.submitter}`} />
          </Form.Item>
          <Form.Item name="summary" label="沟通内容" required>
            <TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item name="deputyView" label={`${w.submitter}意见`}>
            <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={`${w.submitter}对办理工作的意见和态度（可选）`} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
