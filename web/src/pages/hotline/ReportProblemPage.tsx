import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { createWorkOrderBody } from '../../../../domain/contracts/hotline';
import { hotline } from '../../api/hotline';
import { PageLoading } from '../../components/PageStates';
import { showServerError, validate } from '../../lib/forms';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';
import { OrderFields, orderBody, type OrderValues } from './OrderFields';
import './hotline.css';

const FIELDS = ['callerPhone', 'catalogueId', 'category', 'content', 'urgency', 'placeCongressId', 'placeName'];

/**
 * 反映问题 (a deputy, on the phone page): a problem filed straight into the channel, as a call to 12345
 * would be — the category, what and where, how urgent. The unit will get in touch within 24 hours.
 */
export default function ReportProblemPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [form] = Form.useForm<OrderValues>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  // The catalogue's categories when the deputy may read them; else the category is typed.
  const { data: catalogue, error } = useLoad((signal) => hotline.catalogue(signal), []);

  const submit = async () => {
    setGeneral(null);
    const v = form.getFieldsValue(true) as OrderValues;
    const body = { ...orderBody(v), callerPhone: v.callerPhone?.trim() ? v.callerPhone : undefined };
    const checked = validate(createWorkOrderBody, body, form, FIELDS);
    if (!checked.ok) {
      if (checked.general.length) setGeneral(checked.general.join('；'));
      return;
    }
    setBusy(true);
    try {
      const created = await hotline.create(body);
      message.success(`已提交，工单编号 ${created.number}`);
      navigate(`/hotline/${created.id}`);
    } catch (e) {
      setGeneral(showServerError(e, form, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-page">
      <div className="page-title">
        <h1>反映问题</h1>
      </div>
      {!catalogue && !error ? (
        <PageLoading />
      ) : (
        <Card size={mobile ? 'small' : undefined}>
          <Typography.Paragraph type="secondary">
            通过人大代表民情通达专线反映社情民意，与拨打 12345 热线相同：市长热线办派单后，承办单位 24 小时内与您联系，一般事项 7 个工作日内办结，办结后 2
            天内向您反馈，您可以对办理结果进行评价。
          </Typography.Paragraph>
          {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
          <Form<OrderValues>
            form={form}
            layout="vertical"
            initialValues={{ urgency: 'general' }}
            onValuesChange={(changed) => form.setFields(Object.keys(changed).map((name) => ({ name: name as never, errors: [] })))}
            onFinish={() => void submit()}
          >
            <OrderFields catalogue={catalogue ?? null} deputy />
            <Form.Item name="callerPhone" label="联系电话" extra="不填则使用您在代表信息中登记的电话">
              <Input inputMode="tel" maxLength={30} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block={mobile} size={mobile ? 'large' : undefined}>
              提交
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
