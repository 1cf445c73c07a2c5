import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { PageLoading } from '../../components/PageStates';
import { SYSTEM_NAME } from '../../lib/labels';
import { homeFor } from '../../lib/nav';
import './login.css';
import { DemoSeedingBanner } from '../../components/DemoSeedingBanner';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { user, notice, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  if (user === undefined) return <PageLoading />;
  if (user) return <Navigate to={from && from !== '/login' ? from : homeFor(user.role)} replace />;

  const onFinish = async (v: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const u = await signIn(v.username.trim(), v.password);
      navigate(from && from !== '/login' ? from : homeFor(u.role), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '登录失败，请稍后重试');
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-band" />
      <Card className="login-card" variant="borderless">
        <div className="login-head">
          <span className="login-logo" aria-hidden>
            议
          </span>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {SYSTEM_NAME}
            </Typography.Title>
            <Typography.Text type="secondary">人大代表建议 · 批评和意见办理</Typography.Text>
          </div>
        </div>
        <DemoSeedingBanner style={{ marginBottom: 16 }} />
        {(error ?? notice) && <Alert type={error ? 'error' : 'warning'} showIcon title={error ?? notice} style={{ marginBottom: 16 }} />}
        <Form<LoginForm> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large" autoComplete="on">
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" placeholder="请输入用户名" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="请输入密码" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          连续多次输入错误密码，账号将被暂时锁定。忘记密码请联系本单位系统管理员。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
