import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { mayWriteTemplates } from '../../../../domain/templates/permissions';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../../domain/templates/placeholders';
import { ApiError } from '../../api/client';
import { templates, type ReplyTemplate } from '../../api/templates';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { useWords } from '../../lib/words';
import { TemplateFormModal } from './TemplateFormModal';

type KindFilter = TemplateKind | 'all';

/**
 * 答复模板: the reply templates and snippets a unit's staff may use (their
 * unit's own and the liaison office's shared ones) or the liaison office keeps
 * for every unit; each kept by its owner, the others read. In the reply form
 * they are inserted with 插入模板, filled with the item's values.
 */
export default function TemplatesPage() {
  const user = useUser();
  const w = useWords();
  const { message } = App.useApp();
  const liaison = user.role === 'liaisonOffice';
  const writes = mayWriteTemplates(user);
  const [kind, setKind] = useState<KindFilter>('all');
  const [editing, setEditing] = useState<ReplyTemplate | 'new' | null>(null);
  const { data, error, loading, reload } = useLoad((signal) => templates.list(kind === 'all' ? undefined : kind, signal), [kind]);

  const remove = async (t: ReplyTemplate) => {
    try {
      await templates.remove(t.id, t.version);
      message.success(`已删除「${t.name}」`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '删除失败，请稍后重试');
    }
    reload();
  };

  const columns: ColumnsType<ReplyTemplate> = [
    { title: '名称', dataIndex: 'name', width: 240, render: (name: string) => <b>{name}</b> },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 130,
      render: (k: TemplateKind) => <Tag color={k === 'letter' ? 'blue' : 'cyan'}>{TEMPLATE_KIND_LABELS[k]}</Tag>,
    },
    {
      title: '归属',
      width: 180,
      render: (_, t) => (t.shared ? <Tag color="gold">共用（{liaison ? w.office : '联工委'}维护）</Tag> : <Tag>{t.unitName ?? '本单位'}</Tag>),
    },
    {
      title: '内容',
      dataIndex: 'body',
      render: (b: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
          {b}
        </Typography.Paragraph>
      ),
    },
    {
      title: '最近修改',
      width: 170,
      render: (_, t) => (
        <span className="muted">
          {formatDateTime(t.updatedAt)}
          {t.updatedByName && <div>{t.updatedByName}</div>}
        </span>
      ),
    },
    {
      title: '操作',
      width: 150,
      render: (_, t) =>
        t.editable ? (
          <Space size={0}>
            <Button type="link" onClick={() => setEditing(t)}>
              修改
            </Button>
            <Popconfirm title={`删除模板「${t.name}」？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(t)}>
              <Button type="link" danger>
                删除
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <span className="muted">只读</span>
        ),
    },
  ];

  return (
    <>
      <div className="page-title">
        <h1>答复模板</h1>
        {writes && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {liaison ? '新建共用模板' : '新建本单位模板'}
          </Button>
        )}
      </div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          liaison
            ? w.say('共用模板由联工委维护，本级的所有承办单位均可在起草答复时使用。')
            : '本单位模板由本单位办公室和承办人维护；共用模板由联工委维护，各单位均可使用。起草答复时点击“插入模板”，占位符将按本件信息自动填充。'
        }
      />
      <Card>
        <Segmented<KindFilter>
          style={{ marginBottom: 16 }}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: '全部' },
            { value: 'letter', label: TEMPLATE_KIND_LABELS.letter },
            { value: 'snippet', label: TEMPLATE_KIND_LABELS.snippet },
          ]}
        />
        {error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<ReplyTemplate>
            rowKey="id"
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={data ?? []}
            scroll={{ x: 1150 }}
            pagination={false}
            expandable={{ expandedRowRender: (t) => <div style={{ whiteSpace: 'pre-wrap' }}>{t.body}</div> }}
            locale={{ emptyText: writes ? '还没有模板，点击右上角新建' : '还没有可用的模板' }}
          />
        )}
      </Card>
      {editing && (
        <TemplateFormModal
          template={editing === 'new' ? null : editing}
          ownerLabel={liaison ? '共用' : '本单位'}
          onClose={() => setEditing(null)}
          onSaved={reload}
        />
      )}
    </>
  );
}
