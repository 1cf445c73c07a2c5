import { Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import { UNIT_SCORE_COMPONENT_HELP, UNIT_SCORE_COMPONENT_LABELS, UNIT_SCORE_COMPONENTS } from '../../../../domain/stats/unit-score';

/**
 * The rules profile's unit score weights (R-STAT-2): one field per component,
 * the running sum (must be 100; the shared schema's message shows on save),
 * and the lateness deduction per item with its cap.
 */
// Rules behind the texts below: R-STAT-2 (../shared/domain.md).
export function UnitScoreWeights() {
  const weights = Form.useWatch('unitScore') as Record<string, number | null> | undefined;
  const sum = Math.round(UNIT_SCORE_COMPONENTS.reduce((a, c) => a + Number(weights?.[c] ?? 0), 0) * 100) / 100;
  return (
    <Card title="单位考核权重" style={{ marginBottom: 16 }}>
      <Row gutter={24}>
        {UNIT_SCORE_COMPONENTS.map((c) => (
          <Col xs={24} md={8} key={c}>
            <Form.Item name={['unitScore', c]} label={UNIT_SCORE_COMPONENT_LABELS[c]} extra={UNIT_SCORE_COMPONENT_HELP[c]}>
              <InputNumber min={0} max={100} precision={2} suffix="分" style={{ width: 180 }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type={sum === 100 ? 'secondary' : 'danger'} data-testid="unit-score-sum">
        各项权重合计 {sum} 分{sum === 100 ? '' : '（应为 100 分）'}
      </Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} md={8}>
          <Form.Item name={['unitScore', 'lateDeductionPerItem']} label="逾期每件扣分" extra="答复或会办意见逾期（含到期未办）每件扣分">
            <InputNumber min={0} max={100} precision={2} suffix="分" style={{ width: 180 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['unitScore', 'lateDeductionMax']} label="逾期扣分上限">
            <InputNumber min={0} max={100} precision={2} suffix="分" style={{ width: 180 }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
