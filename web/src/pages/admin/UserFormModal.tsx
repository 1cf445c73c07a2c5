import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { createUserBody, userScopeBody } from '../../../../domain/contracts/admin';
import { ROLES } from '../../../../domain/items/roles';
import { adminApi, type Organization, type UserRow } from '../../api/admin';
import { useUser } from '../../auth/AuthContext';
import { rolesOfBody, RoleScopeFields, SCOPE_CODE_FIELDS, scopeOf, useScopeSubmit, type ScopeValues } from './RoleScope';

interface Values extends ScopeValues {
  username?: string;
  password?: string;
  displayName?: string;
}

const FIELDS = ['username', 'password', 'displayName', 'role', 'organizationId', 'deputyId'] as const;
/** The server's refusals that belong beside one field. */
const CODE_FIELDS: Record<string, (typeof FIELDS)[number]> = { ...SCOPE_CODE_FIELDS, USERNAME_TAKEN: 'username', SELF_ROLE_CHANGE: 'role' };

/** Creates a user, or changes an existing user's name, role and scope (§1); the roles are the administrator's body's (§8). */
export function UserFormModal({
  open,
  user,
  orgs,
  onClose,
  onSaved,
}: {
  open: boolean;
  user: UserRow | null;
  orgs: Organization[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { body: place } = useUser();
  const { run, busy, general, setGeneral } = useScopeSubmit(form, FIELDS, CODE_FIELDS);
  const editing = user !== null;

  // Opening (or another user) starts without the last error; set while rendering, as React advises.
  const [shownFor, setShownFor] = useState({ open, user });
  if (shownFor.open !== open || shownFor.user !== user) {
    setShownFor({ open, user });
    if (open) setGeneral(null);
  }
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) form.setFieldsValue({ displayName: user.displayName, role: user.role, organizationId: user.organizationId, deputyId: user.deputyId });
  }, [open, user, form]);

  const submit = () => {
    const raw = form.getFieldsValue(true) as Values;
    const body = { ...raw, ...scopeOf(raw) };
    if (editing)
      return run(
        userScopeBody,
        body,
        async (data) => ((await adminApi.updateUser(user.id, data)).sessionsEnded ? '已保存；该用户需重新登录后按新角色使用' : '已保存'),
        onSaved,
      );
    return run(
      createUserBody,
      body,
      async (data) => {
        await adminApi.createUser(data);
        return `已新增用户 ${data.username}`;
      },
      onSaved,
    );
  };

  return (
    <Modal
      open={open}
      title={editing ? `修改用户：${user.username}` : '新增用户'}
      okText="保存"
      onOk={() => void submit()}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={() => void submit()}>
        {!editing && (
          <>
            <Form.Item name="username" label="用户名" required extra="3–40 位字母、数字或 _.-，用于登录">
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="password" label="初始密码" required extra="至少 10 位，请告知用户并提醒其妥善保管">
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        <Form.Item name="displayName" label="姓名" required>
          <Input />
        </Form.Item>
        <RoleScopeFields
          roles={rolesOfBody(place, ROLES)}
          orgs={orgs}
          body={place}
          initialDeputy={user?.deputyId ? { id: user.deputyId, name: user.deputyName ?? String(user.deputyId) } : null}
        />
        {general && <Alert type="error" showIcon title={general} />}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
