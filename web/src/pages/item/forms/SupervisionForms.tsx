import { DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  designateKeySupervisionBody,
  manualReminderBody,
  revokeKeySupervisionBody,
  supervisionActivityBody,
  updateKeySupervisionBody,
  urgingLetterBody,
} from '../../../../../domain/contracts/supervision';
import {
  KEY_SUPERVISION_KIND_LABELS,
  KEY_SUPERVISION_KINDS,
  SUPERVISION_ACTIVITY_KINDS,
  SUPERVISION_ACTIVITY_LABELS,
  type KeySupervisionKind,
  type SupervisionActivityKind,
} from '../../../../../domain/supervision/key-supervision';
import { supervisionApi, type ItemSupervision } from '../../../api/supervision';
import { todayInShanghai } from '../../../lib/dates';
import { TASK_ROLE_LABELS } from '../../../lib/labels';
import { useLoad } from '../../../lib/useLoad';
import { ActionModal } from '../ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from './shared';

/** Supervision forms of the item page (R-SUP-2 reminders and urging letters, R-SUP-3 key supervision), each validated with the shared contract. */
export interface SupervisionModalProps extends ModalProps {
  supervision: ItemSupervision;
}

const KIND_HINTS: Record<KeySupervisionKind, string> = {
  leaderLed: '由常委会或政府领导领衔督办，须填写督办领导',
  committee: '由人大专门委员会对口督办，须选择专委会',
  joint: '由两个以上督办方（领导、专委会）联合督办',
};

// ── 重点督办 (R-SUP-3) ────────────────────────────────────────────────
interface DesignationValues {
  kind?: KeySupervisionKind;
  leaders?: string[];
  committeeIds?: number[];
  note?: string;
}

/** Designates the item for key supervision, or (when it is already) changes the arrangement. */
export function KeySupervisionModal({ detail, supervision, onClose, onChanged }: SupervisionModalProps) {
  const current = supervision.keySupervision;
  const committees = useLoad((signal) => supervisionApi.listCommittees(signal), []);
  const fields = ['kind', 'leaders', 'committeeIds', 'note'] as const;
  const toDesignation = (v: DesignationValues) => ({ kind: v.kind, leaders: v.leaders ?? [], committeeIds: v.committeeIds ?? [], note: v.note?.trim() ? v.note : null });
  const form = (
    <>
      <Form.Item name="kind" label="督办方式" required>
        <Radio.Group optionType="button" buttonStyle="solid" options={KEY_SUPERVISION_KINDS.map((k) => ({ value: k, label: KEY_SUPERVISION_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: DesignationValues, b: DesignationValues) => a.kind !== b.kind}>
        {({ getFieldValue }) => {
          const kind = getFieldValue('kind') as KeySupervisionKind | undefined;
          return kind ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
              {KIND_HINTS[kind]}
            </Typography.Paragraph>
          ) : null;
        }}
      </Form.Item>
      <Form.Item name="leaders" label="督办领导" extra="输入姓名后按回车，可填多位">
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '、']} placeholder="如：王副主任" aria-label="督办领导" />
      </Form.Item>
      <Form.Item name="committeeIds" label="督办专委会">
        <Select
          mode="multiple"
          allowClear
          loading={committees.loading}
          placeholder="选择对口督办的专门委员会"
          aria-label="督办专委会"
          options={(committees.data ?? []).filter((x) => x.active || current?.committeeIds.includes(x.id)).map((x) => ({ value: x.id, label: x.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item name="note" label="督办要求">
        <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder="督办的重点、要求和时间安排（可选）" />
      </Form.Item>
    </>
  );
  if (current) {
    return (
      <ActionModal<typeof updateKeySupervisionBody, DesignationValues>
        open
        title="修改重点督办安排"
        schema={updateKeySupervisionBody}
        fields={fields}
        initialValues={{ kind: current.kind, leaders: current.leaders, committeeIds: current.committeeIds, note: current.note ?? undefined }}
        toBody={(v) => ({ ...toDesignation(v), version: current.version })}
        submit={(body) => supervisionApi.updateKeySupervision(detail.item.id, body)}
        successText="重点督办安排已修改"
        onClose={onClose}
        onChanged={onChanged}
        intro={<ItemIntro detail={detail} />}
      >
        {() => form}
      </ActionModal>
    );
  }
  return (
    <ActionModal<typeof designateKeySupervisionBody, DesignationValues>
      open
      title="确定为重点督办件"
      schema={designateKeySupervisionBody}
      fields={fields}
      initialValues={{ kind: 'leaderLed', leaders: [], committeeIds: [] }}
      toBody={toDesignation}
      submit={(body) => supervisionApi.designateKeySupervision(detail.item.id, body)}
      successText="已确定为重点督办件"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          <Typography.Paragraph type="secondary">重点督办件单独列出、单独统计（R-SUP-3），确定后通知承办单位。</Typography.Paragraph>
        </>
      }
    >
      {() => form}
    </ActionModal>
  );
}

export function RevokeKeySupervisionModal({ detail, supervision, onClose, onChanged }: SupervisionModalProps) {
  const current = supervision.keySupervision;
  return (
    <ActionModal<typeof revokeKeySupervisionBody, { reason?: string }>
      open
      danger
      title="撤销重点督办"
      okText="撤销"
      schema={revokeKeySupervisionBody}
      fields={['reason']}
      toBody={(v) => ({ version: current?.version, reason: v.reason ?? '' })}
      submit={(body) => supervisionApi.revokeKeySupervision(detail.item.id, body)}
      successText="已撤销重点督办"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <Form.Item name="reason" label="撤销理由" required>
          <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder="如：问题已基本解决，转入常规督办" />
        </Form.Item>
      )}
    </ActionModal>
  );
}

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
              <Select placeholder="请选择" aria-label="活动形式" options={SUPERVISION_ACTIVITY_KINDS.map((k) => ({ value: k, label: SUPERVISION_ACTIVITY_LABELS[k] }))} />
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

// ── 催办与督办函 (R-SUP-2) ────────────────────────────────────────────
const ALL = 0;
const unitOptions = (s: ItemSupervision) => s.openUnits.map((u) => ({ value: u.unitId, label: `${u.unitName}（${TASK_ROLE_LABELS[u.role as keyof typeof TASK_ROLE_LABELS] ?? u.role}）` }));

export function ManualReminderModal({ detail, supervision, onClose, onChanged }: SupervisionModalProps) {
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
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder="如：答复期限临近，请抓紧办理并及时与代表沟通" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

interface LetterValues {
  unitId?: number;
  title?: string;
  body?: string;
  respondBy?: Dayjs | null;
}

export function UrgingLetterModal({ detail, supervision, onClose, onChanged }: SupervisionModalProps) {
  const today = todayInShanghai();
  const { item } = detail;
  return (
    <ActionModal<typeof urgingLetterBody, LetterValues>
      open
      title="发出督办函"
      okText="发出"
      width={640}
      schema={urgingLetterBody}
      fields={['unitId', 'title', 'body', 'respondBy']}
      initialValues={{
        unitId: supervision.openUnits[0]?.unitId,
        title: `关于加快办理第${item.number}号建议的督办函`,
        body: `《${item.title}》（第${item.number}号）${item.currentDue ? `的办理期限为${item.currentDue}，` : ''}目前尚未办结。请高度重视，加快办理进度，与代表充分沟通，按期答复，并将办理进展书面报告。`,
      }}
      toBody={(v) => ({ unitId: v.unitId, title: v.title ?? '', body: v.body ?? '', respondBy: v.respondBy ? v.respondBy.format('YYYY-MM-DD') : null })}
      submit={(body) => supervisionApi.issueUrgingLetter(detail.item.id, body)}
      successText="督办函已发出"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">督办函按年度统一编号（督办〔年〕N号），发出后记入办理过程并通知承办单位（R-SUP-2）。</Typography.Paragraph>
      }
    >
      {() => (
        <>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="unitId" label="承办单位" required style={{ flex: '2 1 240px' }}>
              <Select aria-label="承办单位" options={unitOptions(supervision)} />
            </Form.Item>
            <Form.Item name="respondBy" label="反馈期限" style={{ flex: '1 1 160px' }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < today} inputReadOnly />
            </Form.Item>
          </div>
          <Form.Item name="title" label="标题" required>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="body" label="正文" required>
            <TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={20_000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** The form of one supervision action (loaded only when the user opens one). */
export function SupervisionForm({ action, ...props }: SupervisionModalProps & { action: string }) {
  switch (action) {
    case 'designateKeySupervision':
    case 'updateKeySupervision':
      return <KeySupervisionModal {...props} />;
    case 'revokeKeySupervision':
      return <RevokeKeySupervisionModal {...props} />;
    case 'recordSupervisionActivity':
      return <SupervisionActivityModal {...props} />;
    case 'sendManualReminder':
      return <ManualReminderModal {...props} />;
    case 'issueUrgingLetter':
      return <UrgingLetterModal {...props} />;
    default:
      return null;
  }
}
