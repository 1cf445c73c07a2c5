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
        <Col xs={24} md={8}>
          <Form.Item name={['workOrder', 'returnHours']} label="承办单位退单时限" extra="派单后超过此时限不能退单，只能由热线办改派">
            {num('小时内', 720, 1)}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['workOrder', 'bulletinAfterWorkdays']} label="逾期通报" extra="逾期次日发催办通知书；逾期超过此天数仍未办结的予以通报">
            {num('个工作日后', 60, 1)}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['workOrder', 'monthlyReportDay']} label="月报生成日" extra="每月此日向联工委报送上月专线运行情况">
            {num('日', 28, 1)}
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
