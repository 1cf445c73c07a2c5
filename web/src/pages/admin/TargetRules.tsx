import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { SEVEN_HUNDREDS, TARGET_FIGURE_LABELS, TARGET_FIGURES, type TargetFigure } from '../../../../domain/stats/targets';
import type { RulesFormValues } from './rules-form';

type TargetRow = RulesFormValues['targets']['items'][number];

/**
 * The rules profile's targets: a name for the set (七个百分之百) and figures each with the percentage to reach.
 * The dashboard shows each with its figure and the units short of it.
 */
export function TargetRules() {
  const form = Form.useFormInstance();
  const rows = (Form.useWatch(['targets', 'items'], { form, preserve: true }) as (TargetRow | undefined)[] | undefined) ?? [];
  const used = new Set(rows.map((r) => r?.figure).filter(Boolean));
  const seven = () =>
    form.setFieldValue('targets', {
      title: SEVEN_HUNDREDS.title,
      items: SEVEN_HUNDREDS.items.map((t) => ({ figure: t.figure, ratePercent: Math.round(t.rate * 10000) / 100 })),
    });

  return (
    <Card
      title="办理目标"
      style={{ marginBottom: 16 }}
      extra={
        <Button size="small" onClick={seven}>
          套用“七个百分之百”
        </Button>
      }
    >
      <Form.Item name={['targets', 'title']} label="目标名称" extra="统计分析页显示为“目标完成情况 — 目标名称”；不填则显示为“办理目标”。">
        <Input maxLength={20} placeholder="如：七个百分之百" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item label="指标及目标值" extra="不设指标则统计分析页不显示目标完成情况。">
        <Form.List name={['targets', 'items']}>
          {(fields, { add, remove }) => (
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              {fields.map((f, i) => {
                const figure = rows[f.name]?.figure;
                return (
                  <div key={f.key} className="rules-target-row">
                    <Space wrap>
                      <Form.Item name={[f.name, 'figure']} noStyle rules={[{ required: true, message: '请选择指标' }]}>
                        <Select<TargetFigure>
                          aria-label={`第${i + 1}项指标`}
                          placeholder="选择指标"
                          style={{ width: 200 }}
                          options={TARGET_FIGURES.map((t) => ({
                            value: t,
                            label: TARGET_FIGURE_LABELS[t].label,
                            disabled: used.has(t) && t !== figure,
                          }))}
                        />
                      </Form.Item>
                      <span>达到</span>
                      <Form.Item name={[f.name, 'ratePercent']} noStyle>
                        <InputNumber aria-label={`第${i + 1}项目标值`} min={0} max={100} precision={2} suffix="%" style={{ width: 130 }} />
                      </Form.Item>
                      <MinusCircleOutlined aria-label="删除此项指标" onClick={() => remove(f.name)} />
                    </Space>
                    {figure && (
                      <Typography.Text type="secondary" className="rules-target-of">
                        {TARGET_FIGURE_LABELS[figure].of}
                      </Typography.Text>
                    )}
                  </div>
                );
              })}
              <Button
                size="small"
                icon={<PlusOutlined />}
                disabled={fields.length >= TARGET_FIGURES.length}
                onClick={() => add({ figure: TARGET_FIGURES.find((t) => !used.has(t)), ratePercent: 100 })}
              >
                增加指标
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </Card>
  );
}
