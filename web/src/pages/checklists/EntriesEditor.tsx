import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { ENTRY_TYPES, ENTRY_TYPE_LABELS, type EntryType } from '../../../../domain/checklists/checklists';
import { defaultIndicatorFor, INDICATOR_KEYS, INDICATOR_LABELS, type IndicatorKey } from '../../../../domain/checklists/scoring';

/** One entry as the form holds it. */
export interface EntryValues {
  type?: EntryType;
  text?: string;
  dueOn?: Dayjs | null;
  evidence?: string;
  /** '' : counts towards no indicator */
  indicator?: IndicatorKey | '';
}

const INDICATOR_OPTIONS = [{ value: '', label: '不计入考核指标' }, ...INDICATOR_KEYS.map((k) => ({ value: k, label: INDICATOR_LABELS[k] }))];

/** The entries of a checklist: type, the indicator it counts towards, due date, what to do, what evidence counts. */
export function EntriesEditor({ form }: { form: FormInstance }) {
  return (
    <Form.List name="entries">
      {(fields, { add, remove }, { errors }) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={`第 ${i + 1} 项`}
              extra={
                fields.length > 1 && (
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`删除第 ${i + 1} 项`}>
                    删除
                  </Button>
                )
              }
            >
              <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
                <Form.Item name={[f.name, 'type']} label="事项类型" required style={{ flex: '1 1 140px' }}>
                  <Select
                    aria-label={`第 ${i + 1} 项事项类型`}
                    placeholder="请选择"
                    options={ENTRY_TYPES.map((t) => ({ value: t, label: ENTRY_TYPE_LABELS[t] }))}
                    onChange={(t: EntryType) => form.setFieldValue(['entries', f.name, 'indicator'], defaultIndicatorFor(t) ?? '')}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'dueOn']} label="完成时限" required style={{ flex: '1 1 150px' }}>
                  <DatePicker style={{ width: '100%' }} aria-label={`第 ${i + 1} 项完成时限`} inputReadOnly />
                </Form.Item>
                <Form.Item name={[f.name, 'indicator']} label="计入考核指标" style={{ flex: '2 1 220px' }}>
                  <Select aria-label={`第 ${i + 1} 项考核指标`} options={INDICATOR_OPTIONS} />
                </Form.Item>
              </div>
              <Form.Item name={[f.name, 'text']} label="清单事项" required>
                <Input.TextArea
                  aria-label={`第 ${i + 1} 项清单事项`}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={1000}
                  placeholder="如：依法召开乡镇人民代表大会第×次会议，审议政府工作报告"
                />
              </Form.Item>
              <Form.Item name={[f.name, 'evidence']} label="佐证材料要求" required style={{ marginBottom: 0 }}>
                <Input aria-label={`第 ${i + 1} 项佐证材料要求`} maxLength={500} placeholder="如：会议通知、议程、决议文本和会议照片" />
              </Form.Item>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ type: 'deputyWork', indicator: defaultIndicatorFor('deputyWork') ?? '' })}>
            添加事项
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
