import { Alert, App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { createUserBody, userScopeBody } from '../../../../domain/contracts/admin';
import { isUnitRole, ROLES, type Role } from '../../../../domain/items/roles';
import { adminApi, type Organization, type UserRow } from '../../api/admin';
import { ApiError } from '../../api/client';
import { ROLE_LABELS } from '../../lib/labels';
import { showServerError, validate } from '../../lib/forms';
import { DeputySelect } from './DeputySelect';
import { organizationPicker } from './org-tree';

interface Values {
  username?: string;
  password?: string;
  displayName?: string;
  role?: Role;
  organizationId?: number | null;
  deputyId?: number | null;
}

const FIELDS = ['username', 'password', 'displayName', 'role', 'organizationId', 'deputyId'] as const;
/** The server's refusals that belong beside one field. */
const CODE_FIELDS: Record<string, (typeof FIELDS)[number]> = {
  USERNAME_TAKEN: 'username',
  UNIT_REQUIRED: 'organizationId',
  DELEGATION_REQUIRED: 'organizationId',
  UNKNOWN_ORGANIZATION: 'organizationId',
  DEPUTY_REQUIRED: 'deputyId',
  SELF_ROLE_CHANGE: 'role',
};

/** What a role's scope is, in words, under the organization field. */
function scopeHelp(role: Role | undefined): string | undefined {
  if (!role) return undefined;
  if (isUnitRole(role)) return '承办单位人员须属于一个承办单位，只能看到本单位承办的建议';
  if (role === 'delegationContact') return '代表团联络员须属于一个代表团，只能看到并审核本团代表的建议';
  if (role === 'liaisonOffice' || role === 'governmentOffice') return '选择所在的办理工作机构';
  return '可不选';
}

/** Creates a user, or changes an existing user's name, role and scope (§1). */
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
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
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

  // A role bound to one kind of organization picks from that kind only.
  const only = role === undefined ? false : isUnitRole(role) ? 'units' : role === 'delegationContact' ? 'delegations' : false;
  const needsOrg = only !== false;
  const tree = useMemo(() => organizationPicker(orgs, only), [orgs, only]);

  const submit = async () => {
    const raw = form.getFieldsValue(true) as Values;
    const body = {
      ...raw,
      organizationId: raw.role === 'deputy' ? null : (raw.organizationId ?? null),
      deputyId: raw.role === 'deputy' ? (raw.deputyId ?? null) : null,
    };
    const v = editing ? validate(userScopeBody, body, form, FIELDS) : validate(createUserBody, body, form, FIELDS);
    if (!v.ok) {
      setGeneral(v.general.join('；') || null);
      return;
    }
    setBusy(true);
    setGeneral(null);
    try {
      if (editing) {
        const r = await adminApi.updateUser(user.id, userScopeBody.parse(body));
        message.success(r.sessionsEnded ? '已保存；该用户需重新登录后按新角色使用' : '已保存');
      } else {
        await adminApi.createUser(createUserBody.parse(body));
        message.success(`已新增用户 ${body.username ?? ''}`);
      }
      onSaved();
    } catch (e) {
      const field = e instanceof ApiError ? CODE_FIELDS[e.code] : undefined;
      if (field && e instanceof ApiError) form.setFields([{ name: field, errors: [e.message] }]);
      else setGeneral(showServerError(e, form, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? `修改用户：${user.username}` : '新增用户'}
      okText="保存"
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit}>
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
        <Form.Item name="role" label="角色" required>
          <Select placeholder="选择角色" options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        {role === 'deputy' ? (
          <Form.Item name="deputyId" label="关联代表" required extra="代表账号须关联代表名录中的一名代表">
            <DeputySelect initial={user?.deputyId ? { id: user.deputyId, name: user.deputyName ?? String(user.deputyId) } : null} />
          </Form.Item>
        ) : (
          <Form.Item name="organizationId" label="所属机构" required={needsOrg} extra={scopeHelp(role)}>
            <TreeSelect
              allowClear
              showSearch={{ treeNodeFilterProp: 'title' }}
              treeDefaultExpandAll={needsOrg}
              placeholder="从组织机构中选择"
              treeData={tree}
              listHeight={320}
            />
          </Form.Item>
        )}
        {general && <Alert type="error" showIcon title={general} />}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
