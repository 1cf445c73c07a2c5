import { Card, Col, Form, Row } from 'antd';
import { num } from './number-input';

/** The rules profile's deputy hotline work-order time limits (R-LINE-1). */
// Rules behind the texts below: R-LINE-1 (../shared/domain.md).
export function WorkOrderRules() {
  return (
    <Card title="代表专线工单" style={{ marginBottom: 16 }}>
      <Row gutter={24}>
        <Col xs={24} md={8}>
          <Form.Item name={['workOrder', 'contactHours']} label="联系代表时限">
            {num('小时内', 720, 1)}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['workOrder', 'handleWorkdays']} label="一般工单办理时限">
            {num('个工作日', 365, 1)}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['workOrder', 'feedbackDays']} label="办结后反馈代表时限">
            {num('日内', 365, 1)}
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
