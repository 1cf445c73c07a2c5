import { Alert, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { coOpinionBody, contactBody, returnCoOpinionBody } from '../../../../../domain/contracts/items';
import { CONTACT_METHODS, CONTACT_PHASES, type ContactMethod, type ContactPhase } from '../../../../../domain/items/kinds';
import { actions } from '../../../api/actions';
import { api } from '../../../api/client';
import { useUser } from '../../../auth/AuthContext';
import { todayInShanghai } from '../../../lib/dates';
import { CONTACT_METHOD_LABELS, CONTACT_PHASE_LABELS } from '../../../lib/labels';
import { ActionModal } from '../ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from './shared';

/** Working with the deputy and the co-handlers: contacts (R-TALK-1), co-opinions (R-CO-1) and their return (R-CO-3). */

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
  return (
    <ActionModal<typeof contactBody, ContactValues>
      open
      title="登记沟通联系"
      schema={contactBody}
      fields={['contactedOn', 'method', 'phase', 'participants', 'summary', 'deputyView']}
      initialValues={{ contactedOn: dayjs(today), phase: detail.contacts.length ? 'during' : 'before' }}
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
          <Form.Item name="phase" label="办理阶段" required>
            <Radio.Group
              optionType="button"
              options={CONTACT_PHASES.map((p) => ({ value: p, label: `${CONTACT_PHASE_LABELS[p]}${p === 'before' ? '走访' : p === 'during' ? '拜访' : '回访'}` }))}
            />
          </Form.Item>
          <Form.Item name="participants" label="参加人员" required>
            <Input maxLength={500} placeholder="如：承办处室负责人、承办人；××代表" />
          </Form.Item>
          <Form.Item name="summary" label="沟通内容" required>
            <TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item name="deputyView" label="代表意见">
            <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder="代表对办理工作的意见和态度（可选）" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

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
          {lead && (
            <Typography.Paragraph type="secondary">
              报送主办单位：{lead.unitName}，同时抄送政府办公厅。
            </Typography.Paragraph>
          )}
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

// ── 退回会办意见 (R-CO-3) ───────────────────────────────────────────
interface ReturnValues {
  coTaskId?: number;
  reason?: string;
}

export function ReturnCoOpinionModal({ detail, onClose, onChanged }: ModalProps) {
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
      intro={<Typography.Paragraph type="secondary">会办意见空泛或与建议内容无关的，主办单位可退回重报。</Typography.Paragraph>}
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
