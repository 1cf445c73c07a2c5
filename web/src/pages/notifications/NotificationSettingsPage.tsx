import { Alert, App as AntApp, Button, Card, Checkbox, Form, Input, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { notificationPreferencesBody } from '../../../../domain/contracts/notifications';
import { ApiError } from '../../api/client';
import { notificationsApi, type NotificationPreferences } from '../../api/notifications';
import { LoadError, PageLoading } from '../../components/PageStates';
import { showServerError, validate } from '../../lib/forms';
import { useLoad } from '../../lib/useLoad';

const FIELDS = ['emailEnabled', 'email', 'smsEnabled', 'mobile'] as const;

interface Values {
  emailEnabled: boolean;
  email: string;
  smsEnabled: boolean;
  mobile: string;
  /** the types that stay ON for e-mail and SMS (the page shows what is sent, the API stores what is muted) */
  wanted: string[];
}

/**
 * 提醒设置 (§7): every message reaches the in-app inbox; here the user adds
 * e-mail and SMS, with their address, and picks which kinds of message go
 * out by them. Validated with the server's contract; a stale save is a 409.
 */
export default function NotificationSettingsPage() {
  const { data, error, reload } = useLoad((signal) => notificationsApi.preferences(signal), []);
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = AntApp.useApp();

  useEffect(() => {
    if (data) form.setFieldsValue(toValues(data));
  }, [data, form]);

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;

  const save = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as Values;
    const body = {
      emailEnabled: v.emailEnabled,
      email: v.email ?? '',
      smsEnabled: v.smsEnabled,
      mobile: v.mobile ?? '',
      mutedTypes: data.types.map((t) => t.type).filter((t) => !v.wanted.includes(t)),
      version: data.version || undefined,
    };
    const checked = validate(notificationPreferencesBody, body, form, FIELDS);
    if (!checked.ok) {
      if (checked.general.length) setAlert(checked.general.join('；'));
      return;
    }
    setSaving(true);
    try {
      await notificationsApi.savePreferences(body);
      message.success('提醒设置已保存');
      reload();
    } catch (e) {
      if (e instanceof ApiError && e.isStale) {
        setAlert('设置已在别处修改，已重新载入，请核对后再保存');
        reload();
      } else setAlert(showServerError(e, form, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <div className="page-title">
        <h1>提醒设置</h1>
      </div>
      <Card style={{ maxWidth: 760 }}>
        <Typography.Paragraph type="secondary">
          所有消息都会进入站内“消息”。开启邮件或短信后，下列勾选的消息类型还会同时发送到您的邮箱或手机。
        </Typography.Paragraph>
        {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" initialValues={toValues(data)} onFinish={save}>
          <Space align="start" wrap size={24}>
            <Form.Item name="emailEnabled" label="邮件提醒" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="email" label="邮箱地址" style={{ minWidth: 280 }}>
              <Input placeholder="例如 office@example.gov.cn" autoComplete="email" />
            </Form.Item>
          </Space>
          <Space align="start" wrap size={24}>
            <Form.Item name="smsEnabled" label="短信提醒" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="mobile" label="手机号码" style={{ minWidth: 280 }}>
              <Input placeholder="11 位手机号码" inputMode="numeric" autoComplete="tel" />
            </Form.Item>
          </Space>
          <Form.Item
            name="wanted"
            label="通过邮件、短信发送的消息类型"
            extra={data.types.length ? '只列出您的角色会收到的消息类型。' : '您的角色不接收业务提醒消息。'}
          >
            <Checkbox.Group
              options={data.types.map((t) => ({ value: t.type, label: t.label }))}
              style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 6 }}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
        </Form>
      </Card>
    </>
  );
}

function toValues(p: NotificationPreferences): Values {
  return {
    emailEnabled: p.emailEnabled,
    email: p.email ?? '',
    smsEnabled: p.smsEnabled,
    mobile: p.mobile ?? '',
    wanted: p.types.map((t) => t.type).filter((t) => !p.mutedTypes.includes(t)),
  };
}
