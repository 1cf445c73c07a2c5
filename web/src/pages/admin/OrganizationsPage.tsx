import { ApartmentOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Input, Row, Space, Tag, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { adminApi, type Organization } from '../../api/admin';
import { LoadError, PageLoading } from '../../components/PageStates';
import type { Body } from '../../../../domain/levels/levels';
import { useUser } from '../../auth/AuthContext';
import { useLoad } from '../../lib/useLoad';
import { divisionsByUnit, matches, ORG_KIND_LABELS, orgGroupsOf } from './org-tree';
import { OrganizationFormModal } from './OrganizationFormModal';
import './admin.css';

function OrgTitle({ o }: { o: Organization }) {
  return (
    <span className="org-node">
      <span>{o.name}</span>
      {o.kind === 'unit' && (o.isGovernment ? <Tag color="blue">政府部门</Tag> : <Tag color="purple">非政府部门</Tag>)}
      {o.kind === 'delegation' && o.deputyCount > 0 && <span className="muted">{o.deputyCount} 名代表</span>}
      {o.kind === 'sector' && o.deputyCount > 0 && <span className="muted">{o.deputyCount} 名委员</span>}
      {o.userCount > 0 && <span className="muted">{o.userCount} 个用户</span>}
    </span>
  );
}

/** The tree: the body's groups (offices, units with their divisions, delegations or sectors and parties, committees), filtered by the search text. */
function buildTree(orgs: Organization[], q: string, body: Body): DataNode[] {
  const divisions = divisionsByUnit(orgs);
  return orgGroupsOf(body).map((g) => {
    const children: DataNode[] = [];
    for (const o of orgs.filter((x) => g.kinds.includes(x.kind))) {
      const kids = (divisions.get(o.id) ?? []).filter((d) => matches(d, q) || matches(o, q));
      if (!matches(o, q) && !kids.length) continue;
      children.push({
        key: o.id,
        title: <OrgTitle o={o} />,
        children: kids.length ? kids.map((d) => ({ key: d.id, title: <OrgTitle o={d} />, isLeaf: true })) : undefined,
        isLeaf: !kids.length,
      });
    }
    return { key: `group-${g.key}`, title: `${g.title}（${children.length}）`, selectable: false, children, icon: <ApartmentOutlined /> };
  });
}

/** 组织机构: the congress's organizations as a tree; add, rename, move divisions. */
export default function OrganizationsPage() {
  const { body } = useUser();
  const orgs = useLoad((signal) => adminApi.listOrganizations(signal), []);
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const [modal, setModal] = useState<{ org: Organization | null; preset?: { kind: 'division'; parentId: number } } | null>(null);
  const list = useMemo(() => orgs.data ?? [], [orgs.data]);
  const tree = useMemo(() => buildTree(list, q, body), [list, q, body]);
  const current = list.find((o) => o.id === selected) ?? null;
  const parent = current?.parentId ? list.find((o) => o.id === current.parentId) : null;

  if (orgs.error) return <LoadError error={orgs.error} onRetry={orgs.reload} />;
  if (!orgs.data) return <PageLoading />;
  return (
    <>
      <div className="page-title">
        <h1>组织机构</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ org: null })}>
          新增机构
        </Button>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card>
            <Input.Search
              allowClear
              placeholder="按名称查找机构"
              aria-label="查找机构"
              onChange={(e) => setQ(e.target.value)}
              style={{ marginBottom: 12, maxWidth: 320 }}
            />
            <Tree
              className="org-tree"
              showLine
              blockNode
              defaultExpandedKeys={['group-offices', 'group-units']}
              expandedKeys={q.trim() ? [...tree.map((g) => g.key), ...tree.flatMap((g) => (g.children ?? []).map((c) => c.key))] : undefined}
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => setSelected(typeof keys[0] === 'number' ? keys[0] : null)}
              treeData={tree}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card
            title={current ? current.name : '机构信息'}
            extra={
              current && (
                <Button icon={<EditOutlined />} onClick={() => setModal({ org: current })}>
                  修改
                </Button>
              )
            }
          >
            {current ? (
              <Space orientation="vertical" style={{ width: '100%' }} size={16}>
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label="类别">{ORG_KIND_LABELS[current.kind]}</Descriptions.Item>
                  <Descriptions.Item label="全称">{current.name}</Descriptions.Item>
                  <Descriptions.Item label="简称">{current.shortName ?? '—'}</Descriptions.Item>
                  {parent && <Descriptions.Item label="所属单位">{parent.name}</Descriptions.Item>}
                  {current.kind === 'unit' && <Descriptions.Item label="政府部门">{current.isGovernment ? '是' : '否'}</Descriptions.Item>}
                  {current.kind === 'delegation' && <Descriptions.Item label="代表人数">{current.deputyCount}</Descriptions.Item>}
                  {current.kind === 'sector' && <Descriptions.Item label="委员人数">{current.deputyCount}</Descriptions.Item>}
                  <Descriptions.Item label="用户数">{current.userCount}</Descriptions.Item>
                </Descriptions>
                {current.kind === 'unit' && (
                  <Button icon={<PlusOutlined />} onClick={() => setModal({ org: null, preset: { kind: 'division', parentId: current.id } })}>
                    新增处室
                  </Button>
                )}
              </Space>
            ) : (
              <span className="muted">在左侧选择一个机构查看和修改。</span>
            )}
          </Card>
        </Col>
      </Row>
      <OrganizationFormModal
        open={modal !== null}
        org={modal?.org ?? null}
        preset={modal?.preset}
        orgs={list}
        onClose={() => setModal(null)}
        onSaved={(o) => {
          setModal(null);
          setSelected(o.id);
          orgs.reload();
        }}
      />
    </>
  );
}
