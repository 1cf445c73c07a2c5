import { Alert, App, Button, Card, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { createWorkOrderBody } from '../../../../domain/contracts/hotline';
import { hotline } from '../../api/hotline';
import { LoadError, PageLoading } from '../../components/PageStates';
import { showServerError, validate } from '../../lib/forms';
import { useLoad } from '../../lib/useLoad';
import { CallerMatch } from './CallerMatch';
import { OrderFields, orderBody, type OrderValues } from './OrderFields';
import './hotline.css';

interface Values extends OrderValues {
  calledAt?: Dayjs;
}

const FIELDS = ['callerPhone', 'deputyId', 'catalogueId', 'category', 'content', 'calledAt', 'urgency', 'placeCongressId', 'placeName'];

/**
 * 登记来电 (the hotline office, while a deputy is on the line): the number finds the deputy to confirm,
 * the category from the dispatch catalogue proposes the unit, then what was said, how urgent, where.
 * Registered, the order opens for 派单.
 */
export default function CallIntakePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const { data: catalogue, error, reload } = useLoad((signal) => hotline.catalogue(signal), []);
  const phone = Form.useWatch('callerPhone', form);

  const submit = async () => {
    setGeneral(null);
    const v = form.getFieldsValue(true) as Values;
    const body = { ...orderBody(v), callerPhone: v.callerPhone, deputyId: v.deputyId ?? null, calledAt: v.calledAt?.format() };
    const checked = validate(createWorkOrderBody, body, form, FIELDS);
    if (!checked.ok) {
      if (checked.general.length) setGeneral(checked.general.join('；'));
      return;
    }
    setBusy(true);
    try {
      const created = await hotline.create(body);
      message.success(`工单 ${created.number} 已登记，请派单`);
      navigate(`/hotline/${created.id}`);
    } catch (e) {
      setGeneral(showServerError(e, form, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="intake-page">
      <div className="page-title">
        <h1>登记来电</h1>
        <Link to="/hotline">返回专线工单</Link>
      </div>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !catalogue ? (
        <PageLoading />
      ) : (
        <Card>
          {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ urgency: 'general', deputyId: null }}
            onValuesChange={(changed) => form.setFields(Object.keys(changed).map((name) => ({ name: name as never, errors: [] })))}
            onFinish={() => void submit()}
          >
            <Form.Item name="callerPhone" label="来电号码" required>
              <Input inputMode="tel" maxLength={30} placeholder="来电显示的号码" autoFocus style={{ maxWidth: 260 }} />
            </Form.Item>
            <Form.Item name="deputyId" label="来电代表">
              <CallerMatch phone={phone} />
            </Form.Item>
            <Form.Item name="calledAt" label="来电时间" extra="不填为现在；补录之前的来电时填写">
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                inputReadOnly
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                placeholder="现在"
                style={{ maxWidth: 260, width: '100%' }}
              />
            </Form.Item>
            <OrderFields catalogue={catalogue} />
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                登记工单
              </Button>
              <Button onClick={() => navigate('/hotline')}>取消</Button>
            </Space>
          </Form>
        </Card>
      )}
    </div>
  );
}
