import { Form, Radio, Select, Typography } from 'antd';
import { designateKeySupervisionBody, updateKeySupervisionBody } from '../../../../../../domain/contracts/supervision';
import { KEY_SUPERVISION_KIND_LABELS, KEY_SUPERVISION_KINDS, type KeySupervisionKind } from '../../../../../../domain/supervision/key-supervision';
import { supervisionApi } from '../../../../api/supervision';
import { useLoad } from '../../../../lib/useLoad';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea } from '../shared';
import type { SupervisionModalProps } from './shared';

// Rules behind the texts below: R-SUP-3 (../shared/domain.md).
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
  const toDesignation = (v: DesignationValues) => ({
    kind: v.kind,
    leaders: v.leaders ?? [],
    committeeIds: v.committeeIds ?? [],
    note: v.note?.trim() ? v.note : null,
  });
  const form = (
    <>
      <Form.Item name="kind" label="督办方式" required>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={KEY_SUPERVISION_KINDS.map((k) => ({ value: k, label: KEY_SUPERVISION_KIND_LABELS[k] }))}
        />
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
          <Typography.Paragraph type="secondary">重点督办件单独列出、单独统计，确定后通知承办单位。</Typography.Paragraph>
        </>
      }
    >
      {() => form}
    </ActionModal>
  );
}
