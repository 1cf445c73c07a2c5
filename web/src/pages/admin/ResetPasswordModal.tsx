import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { resetPasswordBody } from '../../../../domain/contracts/admin';
import { adminApi, type UserRow } from '../../api/admin';
import { showServerError, validate } from '../../lib/forms';

const FIELDS = ['password', 'confirm'] as const;

/** Sets a new password for a user; the server lifts a lockout and ends the user's sessions. */
export function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const [form] = Form.useForm<{ password?: string; confirm?: string }>();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  // Another user starts without the last error; set while rendering, as React advises.
  const [shownFor, setShownFor] = useState(user);
  if (shownFor !== user) {
    setShownFor(user);
    if (user) setGeneral(null);
  }
  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const { password, confirm } = form.getFieldsValue();
    const v = validate(resetPasswordBody, { password }, form, FIELDS);
    if (!v.ok) return;
    if (password !== confirm) {
      form.setFields([{ name: 'confirm', errors: ['两次输入的密码不一致'] }]);
      return;
    }
    setBusy(true);
    try {
      await adminApi.resetPassword(user.id, v.data.password);
      message.success(`已重置 ${user.username} 的密码，其登录会话已结束`);
      onClose();
    } catch (e) {
      setGeneral(showServerError(e, form, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={`重置密码：${user?.displayName ?? ''}（${user?.username ?? ''}）`}
      okText="重置"
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="password" label="新密码" required extra="至少 10 位；重置后该用户的锁定解除，已登录的会话全部结束">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label="再次输入新密码" required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {general && <Alert type="error" showIcon title={general} />}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
