import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { partOf, ROLES, type Role } from '../../../../domain/items/roles';
import { adminApi, type UserFilter, type UserRow } from '../../api/admin';
import { ApiError } from '../../api/client';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { ROLE_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/useLoad';
import { organizationPicker } from './org-tree';
import { rolesOfBody } from './RoleScope';
import { wordsOfBody } from '../../lib/words';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';
import { MembershipsCard } from '../levels/MembershipsCard';

/** 用户与角色: the congress's users, filtered and paged; create, change role and scope, reset password, disable. */
export default function UsersPage() {
  const me = useUser();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<UserFilter>({ page: 1, pageSize: 20 });
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<UserRow | null | undefined>(undefined);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const users = useLoad((signal) => adminApi.listUsers(filter, signal), [JSON.stringify(filter)]);
  const orgs = useLoad((signal) => adminApi.listOrganizations(signal), []);
  const tree = useMemo(() => organizationPicker(orgs.data ?? [], null, me.body), [orgs.data, me.body]);
  // A CPPCC committee's accounts name members (委员) as a congress's name deputies (§8).
  const w = wordsOfBody(me.body);
  const set = (patch: Partial<UserFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const toggle = async (u: UserRow) => {
    try {
      await adminApi.setDisabled(u.id, !u.disabledAt);
      message.success(u.disabledAt ? `已启用 ${u.username}` : `已停用 ${u.username}，其登录会话已结束`);
      users.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败');
    }
  };

  const columns: ColumnsType<UserRow> = [
    { title: '用户名', dataIndex: 'username', width: 170, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: '姓名', dataIndex: 'displayName', width: 110 },
    { title: '角色', dataIndex: 'role', width: 150, render: (r: Role) => ROLE_LABELS[r] },
    {
      title: `所属机构 / ${w.submitter}`,
      key: 'scope',
      width: 260,
      render: (_, u) =>
        [partOf(u.role) === 'deputy' && u.deputyName ? `${w.submitter}：${u.deputyName}` : null, u.organizationName].filter(Boolean).join('；') || (
          <span className="muted">—</span>
        ),
    },
    {
      title: '状态',
      key: 'status',
      width: 110,
      render: (_, u) =>
        u.disabledAt ? (
          <Tag color="default">已停用</Tag>
        ) : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
          <Tag color="orange">已锁定</Tag>
        ) : (
          <Tag color="green">正常</Tag>
        ),
    },
    { title: '创建时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, u) => (
        <Space size={4} wrap>
          <Button size="small" type="link" onClick={() => setEditing(u)}>
            修改
          </Button>
          <Button size="small" type="link" onClick={() => setResetting(u)}>
            重置密码
          </Button>
          {u.id !== me.userId && (
            <Popconfirm
              title={u.disabledAt ? `启用 ${u.displayName}？` : `停用 ${u.displayName}？停用后其登录会话立即结束。`}
              okText="确定"
              cancelText="取消"
              onConfirm={() => toggle(u)}
            >
              <Button size="small" type="link" danger={!u.disabledAt}>
                {u.disabledAt ? '启用' : '停用'}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="page-title">
        <h1>用户与角色</h1>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={users.reload}>
            刷新
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            新增用户
          </Button>
        </Space>
      </div>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder="用户名或姓名"
            aria-label="搜索用户"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => set({ q: v.trim() || undefined })}
            style={{ width: 220 }}
          />
          <Select
            allowClear
            placeholder="全部角色"
            aria-label="按角色筛选"
            style={{ width: 200 }}
            value={filter.role}
            onChange={(role?: Role) => set({ role })}
            options={rolesOfBody(me.body, ROLES).map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          />
          <TreeSelect
            allowClear
            showSearch={{ treeNodeFilterProp: 'title' }}
            placeholder="全部机构"
            aria-label="按机构筛选"
            style={{ width: 280 }}
            value={filter.organizationId}
            onChange={(organizationId?: number) => set({ organizationId })}
            treeData={tree}
            listHeight={360}
          />
          <Select
            allowClear
            placeholder="全部状态"
            aria-label="按状态筛选"
            style={{ width: 120 }}
            value={filter.status}
            onChange={(status?: 'active' | 'disabled') => set({ status })}
            options={[
              { value: 'active', label: '正常' },
              { value: 'disabled', label: '已停用' },
            ]}
          />
        </Space>
        {users.error ? (
          <LoadError error={users.error} onRetry={users.reload} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={users.data?.rows ?? []}
            loading={users.loading}
            scroll={{ x: 1160 }}
            pagination={{
              current: filter.page,
              pageSize: filter.pageSize,
              total: users.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (t) => `共 ${t} 个用户`,
              onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
            }}
          />
        )}
      </Card>
      <MembershipsCard orgs={orgs.data ?? []} />
      <UserFormModal
        open={editing !== undefined}
        user={editing ?? null}
        orgs={orgs.data ?? []}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          users.reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
