import { Alert, Form, Input, Modal } from 'antd';
import { addMembershipBody, MEMBERSHIP_ROLES } from '../../../../domain/contracts/admin';
import type { Organization } from '../../api/admin';
import { levelsApi } from '../../api/levels';
import { useUser } from '../../auth/AuthContext';
import { ROLE_LABELS } from '../../lib/labels';
import { rolesOfBody, RoleScopeFields, SCOPE_CODE_FIELDS, scopeOf, useScopeSubmit, type ScopeValues } from '../admin/RoleScope';

interface Values extends ScopeValues {
  username?: string;
}
const FIELDS = ['username', 'role', 'organizationId', 'deputyId'] as const;
const CODE_FIELDS: Record<string, (typeof FIELDS)[number]> = {
  ...SCOPE_CODE_FIELDS,
  UNKNOWN_USER: 'username',
  MEMBER_HERE_ALREADY: 'username',
  MEMBERSHIP_EXISTS: 'role',
};

/**
 * 添加兼任: a user of another body (by username) gets a role and scope in this one, e.g. a city deputy who is a
 * county deputy too, or a CPPCC member of the province who is one of the city's committee as well (§8).
 */
export function MembershipModal({ orgs, onClose, onSaved }: { orgs: Organization[]; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { body: place } = useUser();
  const { run, busy, general } = useScopeSubmit(form, FIELDS, CODE_FIELDS);

  const submit = () => {
    const raw = form.getFieldsValue(true) as Values;
    return run(
      addMembershipBody,
      { ...raw, ...scopeOf(raw) },
      async (data) => {
        await levelsApi.addMembership(data);
        return `${data.username} 可在本级以“${ROLE_LABELS[data.role]}”工作，登录后从页面顶部切换`;
      },
      onSaved,
    );
  };

  return (
    <Modal open title="添加兼任人员" okText="保存" onOk={() => void submit()} confirmLoading={busy} onCancel={onClose} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={() => void submit()}>
        <Form.Item name="username" label="用户名" required extra="该用户在其他人大或政协已有的登录用户名">
          <Input autoComplete="off" />
        </Form.Item>
        <RoleScopeFields
          roles={rolesOfBody(place, MEMBERSHIP_ROLES)}
          orgs={orgs}
          body={place}
          labels={{ role: '在本级的角色', organization: '在本级的所属机构' }}
        />
        {general && <Alert type="error" showIcon title={general} />}
      </Form>
    </Modal>
  );
}
