import { Alert, App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { addMembershipBody, MEMBERSHIP_ROLES } from '../../../../domain/contracts/admin';
import { isUnitRole, type Role } from '../../../../domain/items/roles';
import type { Organization } from '../../api/admin';
import { ApiError } from '../../api/client';
import { levelsApi } from '../../api/levels';
import { ROLE_LABELS } from '../../lib/labels';
import { showServerError, validate } from '../../lib/forms';
import { DeputySelect } from '../admin/DeputySelect';
import { organizationPicker } from '../admin/org-tree';

interface Values {
  username?: string;
  role?: Role;
  organizationId?: number | null;
  deputyId?: number | null;
}
const FIELDS = ['username', 'role', 'organizationId', 'deputyId'] as const;
const CODE_FIELDS: Record<string, (typeof FIELDS)[number]> = {
  UNKNOWN_USER: 'username',
  MEMBER_HERE_ALREADY: 'username',
  MEMBERSHIP_EXISTS: 'role',
  UNIT_REQUIRED: 'organizationId',
  DELEGATION_REQUIRED: 'organizationId',
  UNKNOWN_ORGANIZATION: 'organizationId',
  DEPUTY_REQUIRED: 'deputyId',
};

/** 添加兼任: a user of another body (by username) gets a role and scope in this one, e.g. a city deputy who is a county deputy too. */
export function MembershipModal({ orgs, onClose, onSaved }: { orgs: Organization[]; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const only = role === undefined ? false : isUnitRole(role) ? 'units' : role === 'delegationContact' ? 'delegations' : false;
  const tree = useMemo(() => organizationPicker(orgs, only), [orgs, only]);

  const submit = async () => {
    const raw = form.getFieldsValue(true) as Values;
    const body = {
      ...raw,
      organizationId: raw.role === 'deputy' ? null : (raw.organizationId ?? null),
      deputyId: raw.role === 'deputy' ? (raw.deputyId ?? null) : null,
    };
    const v = validate(addMembershipBody, body, form, FIELDS);
    if (!v.ok) return setGeneral(v.general.join('；') || null);
    setBusy(true);
    setGeneral(null);
    try {
      await levelsApi.addMembership(addMembershipBody.parse(body));
      message.success(`${body.username ?? ''} 可在本级以“${ROLE_LABELS[body.role as Role]}”工作，登录后从页面顶部切换`);
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
    <Modal open title="添加兼任人员" okText="保存" onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit}>
        <Form.Item name="username" label="用户名" required extra="该用户在其他人大或政协已有的登录用户名">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label="在本级的角色" required>
          <Select placeholder="选择角色" options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        {role === 'deputy' ? (
          <Form.Item name="deputyId" label="关联本级代表" required extra="须关联本级代表名录中的这名代表">
            <DeputySelect />
          </Form.Item>
        ) : (
          <Form.Item name="organizationId" label="在本级的所属机构" required={only !== false}>
            <TreeSelect allowClear showSearch={{ treeNodeFilterProp: 'title' }} placeholder="从本级组织机构中选择" treeData={tree} />
          </Form.Item>
        )}
        {general && <Alert type="error" showIcon title={general} />}
      </Form>
    </Modal>
  );
}
