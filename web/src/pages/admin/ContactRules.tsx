import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, InputNumber, Space } from 'antd';

/** The rules profile's contact rate target (R-TALK-2) and visit rate targets by lead items (R-TALK-3). */
// Rules behind the texts below: R-TALK-2、R-TALK-3 (../shared/domain.md).
export function ContactRules() {
  return (
    <Card title="沟通联系与走访" style={{ marginBottom: 16 }}>
      <Form.Item name="contactRateTarget" label="沟通联系率目标" extra="与代表沟通联系的件数占应沟通件数的比例目标">
        <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item label="面商走访率目标（按主办件数分档）" extra="各档上限须递增；最后一档不设上限">
        <Form.List name="visitRateTargets">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" size={8}>
              {fields.map((f, i) => (
                <Space key={f.key} wrap>
                  <span>主办件数不超过</span>
                  <Form.Item name={[f.name, 'maxLeadItems']} noStyle>
                    <InputNumber aria-label={`第${i + 1}档件数上限`} min={0} precision={0} placeholder="不设上限" style={{ width: 110 }} />
                  </Form.Item>
                  <span>件，走访率</span>
                  <Form.Item name={[f.name, 'ratePercent']} noStyle>
                    <InputNumber aria-label={`第${i + 1}档走访率`} min={0} max={100} precision={2} suffix="%" style={{ width: 130 }} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined aria-label="删除此档" onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ maxLeadItems: null, ratePercent: 30 }, Math.max(fields.length - 1, 0))}>
                增加一档
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </Card>
  );
}
