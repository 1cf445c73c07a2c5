import { Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { WEEKDAY_OPTIONS } from './rules-form';
import { num } from './number-input';

/** The rules profile's supervision figures and dates: yellow light, reference and breakdown dates, key items, publication, weekly days (R-SUP-1/2). */
// Rules behind the texts below: R-SUP-1、R-REVIEW-1、R-HANDLE-1、R-HANDLE-2、R-PUBLISH-1、R-SUP-2 (../shared/domain.md).
export function SupervisionRules() {
  return (
    <Card title="督办与节点" style={{ marginBottom: 16 }}>
      <Row gutter={24}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="yellowDays" label="黄灯提示天数" extra="距期限不超过此天数时亮黄灯">
            {num('天', 365)}
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="referenceContactBy" label="参阅件沟通截止日" extra="当年此日前须与代表沟通，格式 MM-DD">
            <Input style={{ width: 180 }} placeholder="10-31" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="responsibilityConfirmBy" label="责任分解送代表确认截止日" extra="格式 MM-DD">
            <Input style={{ width: 180 }} placeholder="02-28" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="keyItemsPerUnitMax" label="每个单位重点处理建议上限" extra="各承办单位每年可确定的本单位重点处理建议件数">
            {num('件', 50)}
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="publishWithinDays" label="答复公开期限" extra="公开的答复在答复后此天数内公布">
            {num('日内', 365)}
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item label="每周提醒 / 催办日" extra="提醒有在办件的单位；催办进度滞后的单位">
            <Space.Compact>
              <Form.Item name="weeklyReminderWeekday" noStyle>
                <Select aria-label="每周提醒日" options={WEEKDAY_OPTIONS} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name="weeklyUrgeWeekday" noStyle>
                <Select aria-label="每周催办日" options={WEEKDAY_OPTIONS} style={{ width: 90 }} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
