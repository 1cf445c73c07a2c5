import { Form, InputNumber, Radio, Select } from 'antd';
import { ADJUSTMENT_KINDS, ADJUSTMENT_KIND_LABELS, type AdjustmentKind } from '../../../../domain/checklists/scoring';
import { adjustmentBody } from '../../../../domain/contracts/checklists';
import { checklists, type AssessmentAnswer, type AssessmentRow } from '../../api/checklists';
import { ActionModal } from '../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../item/forms/shared';
import { STALE_TEXT } from './parts';

interface Values {
  kind?: AdjustmentKind;
  item?: string;
  points?: number | null;
  reason?: string;
}

/** 加扣分: a bonus or deduction for one township under one of the scheme's items, with its reason. */
export function AdjustmentModal({ a, row, onClose, onChanged }: { a: AssessmentAnswer; row: AssessmentRow; onClose: () => void; onChanged: () => void }) {
  const scheme = a.scheme!;
  return (
    <ActionModal<typeof adjustmentBody, Values>
      open
      title={`加分或扣分 · ${row.township.name}`}
      schema={adjustmentBody}
      fields={['kind', 'item', 'points', 'reason']}
      initialValues={{ kind: 'bonus' }}
      toBody={(v) => ({
        version: a.version,
        townshipId: row.township.id,
        kind: v.kind,
        item: v.item ?? '',
        points: v.points ?? undefined,
        reason: v.reason ?? '',
      })}
      submit={(body) => checklists.addAdjustment(a.year, body)}
      successText="已登记，理由已记入考核过程"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="类别" required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={ADJUSTMENT_KINDS.map((k) => ({ value: k, label: ADJUSTMENT_KIND_LABELS[k] }))}
              onChange={() => form.setFieldValue('item', undefined)}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(x, y) => x.kind !== y.kind || x.item !== y.item}>
            {({ getFieldValue }) => {
              const items = getFieldValue('kind') === 'deduction' ? scheme.deductionItems : scheme.bonusItems;
              const chosen = items.find((i) => i.name === getFieldValue('item'));
              return (
                <>
                  <Form.Item name="item" label="项目" required extra={chosen?.rule}>
                    <Select aria-label="项目" placeholder="请选择" options={items.map((i) => ({ value: i.name, label: `${i.name}（最多 ${i.points} 分）` }))} />
                  </Form.Item>
                  <Form.Item name="points" label="分值" required>
                    <InputNumber min={0.1} max={chosen?.points ?? 100} step={0.5} style={{ width: 160 }} aria-label="分值" />
                  </Form.Item>
                </>
              );
            }}
          </Form.Item>
          <Form.Item name="reason" label="理由" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={500} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
