import { Card, Form, Switch } from 'antd';

/** The rules profile's review steps: two-stage review, the delegation's contact person first (R-REVIEW-1). */
export function ReviewRules() {
  return (
    <Card title="审核流程" style={{ marginBottom: 16 }}>
      <Form.Item
        name="delegationReview"
        label="两层审核：代表团联络员先审"
        valuePropName="checked"
        extra="开启后，代表提出的建议先由所在代表团的联络员审核（一事一议、情况属实、建议可行），通过后再由联工委审核，退回的由代表修改后重新提交；未设联络员账号的代表团，建议直接报送联工委"
        style={{ marginBottom: 0 }}
      >
        <Switch />
      </Form.Item>
    </Card>
  );
}
