import { Card, Space, Typography } from 'antd';
import { XlsxButton, xlsxUrl } from '../../components/XlsxButton';

export const FORM_LABELS = {
  responsibility: '办理责任分解表',
  keyItems: '重点处理建议登记表',
  visitCard: '走访代表委员专用卡',
  referenceContacts: '参阅件沟通联系登记表',
  lookBack: '回头看复查表',
} as const;
export type FormKey = keyof typeof FORM_LABELS;

/** A download button for one standard form (§6); the server scopes it to the user (a unit: its own). */
export function FormButton({
  form,
  query = {},
  type,
}: {
  form: FormKey;
  query?: Record<string, string | number | undefined>;
  type?: 'default' | 'link' | 'primary';
}) {
  return (
    <XlsxButton url={xlsxUrl(`/api/forms/${form}`, query)} type={type}>
      {FORM_LABELS[form]}
    </XlsxButton>
  );
}

/** 标准表格: the five standard forms of §6 for a session, as .xlsx. */
export function StandardForms({ sessionId }: { sessionId?: number }) {
  return (
    <Card title="标准表格（Excel）">
      <Space wrap>
        {(Object.keys(FORM_LABELS) as FormKey[]).map((f) => (
          <FormButton key={f} form={f} query={f === 'lookBack' ? {} : { sessionId }} />
        ))}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        承办单位只能下载本单位的表格；回头看复查表为当年度。
      </Typography.Paragraph>
    </Card>
  );
}
