import { Card, Col, Form, Row, Select, Switch } from 'antd';
import { num } from './number-input';

/** The rules profile's reminders and bulletins: holidays, commitment and adjustment reminders, the monthly bulletin day. */
// Rules behind the texts below: R-SUP-2、R-SUP-4、R-TRACK-1、R-ASSIGN-3 (../shared/domain.md).
export function ReminderRules() {
  return (
    <Card title="提醒、督办与通报" style={{ marginBottom: 16 }}>
      <Row gutter={24}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="remindersSkipHolidays" label="节假日不发每周提醒" valuePropName="checked" extra="提醒日逢节假日时，顺延到本周下一个工作日">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="commitmentReminderDays" label="承诺事项到期前提醒" extra="完成时限前若干天提醒承办单位，可填多个；逾期时另提醒一次">
            <Select
              mode="tags"
              aria-label="承诺事项到期前提醒天数"
              tokenSeparators={[',', '，', ' ']}
              suffixIcon={<span>天</span>}
              style={{ width: 220 }}
              options={[60, 30, 15, 7, 3, 1].map((d) => ({ value: d, label: `${d}` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="adjustmentClosingNoticeDays" label="调整申请期截止前提醒" extra="交办后调整（退办）申请期截止前若干天提醒承办单位">
            {num('天', 30)}
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="bulletinDayOfMonth" label="每月自动生成进度通报日" extra="每月此日生成办理进度通报；0 为不自动生成">
            {num('日', 28)}
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
