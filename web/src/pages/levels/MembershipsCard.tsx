import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import type { Organization } from '../../api/admin';
import { ApiError } from '../../api/client';
import { levelsApi, type Membership } from '../../api/levels';
import { LoadError } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { MembershipModal } from './MembershipModal';

/**
 * 兼任人员 on 用户与角色: users of other bodies who also work in this one (issue 16) — who, from where, their role
 * here — with 添加兼任 and 取消兼任. They switch to this body from the header once added.
 */
export function MembershipsCard({ orgs }: { orgs: Organization[] }) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const { data, error, loading, reload } = useLoad((signal) => levelsApi.memberships(signal), []);
  const remove = async (m: Membership) => {
    try {
      await levelsApi.removeMembership(m.id);
      message.success(`已取消 ${m.displayName} 在本级的兼任`);
      reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
    }
  };
  return (
    <Card
      title="兼任人员（其他人大、政协的用户在本级的工作身份）"
      style={{ marginTop: 16 }}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          添加兼任
        </Button>
      }
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<Membership>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '暂无兼任人员' }}
          columns={[
            { title: '姓名', dataIndex: 'displayName' },
            { title: '用户名', dataIndex: 'username' },
            { title: '本人所属', dataIndex: 'homeCongressName', render: (v: string | null) => v ?? '—' },
            { title: '在本级的角色', dataIndex: 'roleLabel' },
            { title: '在本级的机构或代表（委员）', key: 'scope', render: (_, m) => m.organizationName ?? m.deputyName ?? '—' },
            { title: '添加时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            {
              title: '操作',
              key: 'op',
              render: (_, m) => (
                <Popconfirm title={`取消 ${m.displayName} 在本级的兼任？正在使用该身份的会话将回到其本人的身份。`} onConfirm={() => remove(m)}>
                  <Button type="link" danger size="small">
                    取消兼任
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
      {adding && (
        <MembershipModal
          orgs={orgs}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </Card>
  );
}
