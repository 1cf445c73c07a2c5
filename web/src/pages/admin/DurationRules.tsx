import { Card, Col, Form, InputNumber, Row, Select, Space } from 'antd';
import { DURATION_FIELDS, UNIT_OPTIONS } from './rules-form';

/** The rules profile's handling deadlines: each an amount and its unit (calendar days, workdays, months). */
export function DurationRules() {
  return (
    <Card title="办理期限" style={{ marginBottom: 16 }}>
      <Row gutter={24}>
        {DURATION_FIELDS.map((f) => (
          <Col xs={24} md={12} xl={8} key={f.key}>
            <Form.Item label={f.label} extra={f.help} required>
              <Space.Compact>
                <Form.Item name={[f.key, 'amount']} noStyle>
                  <InputNumber aria-label={`${f.label}数值`} min={1} max={1000} precision={0} style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[f.key, 'unit']} noStyle>
                  <Select aria-label={`${f.label}单位`} options={UNIT_OPTIONS} style={{ width: 130 }} />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
