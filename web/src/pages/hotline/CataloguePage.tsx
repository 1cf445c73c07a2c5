import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { hotline, type CatalogueEntry } from '../../api/hotline';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { CatalogueModal } from './CatalogueModal';

/**
 * 派单目录 (the hotline office): each event category with the unit orders of it go to — proposed when a
 * call is registered — and the special committee that supervises its dissatisfied orders (R-LINE-2).
 */
export default function CataloguePage() {
  const { message } = App.useApp();
  const { data, error, reload } = useLoad((signal) => hotline.catalogue(signal), []);
  const [editing, setEditing] = useState<CatalogueEntry | null | 'new'>(null);

  const remove = async (e: CatalogueEntry) => {
    try {
      await hotline.removeCatalogue(e.id, e.version);
      message.success(`已删除“${e.category}”`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '删除失败，请稍后重试');
    }
    reload();
  };

  const columns: ColumnsType<CatalogueEntry> = [
    { title: '事件分类', dataIndex: 'category', width: 160 },
    { title: '承办单位', key: 'unit', width: 200, render: (_, e) => e.unit.name },
    { title: '对口督办委员会', key: 'committee', render: (_, e) => e.committee?.name ?? <span className="muted">—</span> },
    { title: '更新时间', key: 'updatedAt', width: 150, render: (_, e) => formatDateTime(e.updatedAt) },
    ...(data?.mayEdit
      ? [
          {
            title: '操作',
            key: 'op',
            width: 130,
            render: (_: unknown, e: CatalogueEntry) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(e)}>
                  修改
                </Button>
                <Popconfirm
                  title={`删除“${e.category}”？`}
                  description="已登记的工单不受影响。"
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => remove(e)}
                >
                  <Button size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <div className="page-title">
        <h1>派单目录</h1>
        {data?.mayEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增分类
          </Button>
        )}
      </div>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <Card styles={{ body: { padding: data.entries.length ? 0 : undefined } }}>
          {data.entries.length ? (
            <Table<CatalogueEntry> rowKey="id" size="middle" columns={columns} dataSource={data.entries} pagination={false} scroll={{ x: 760 }} />
          ) : (
            <EmptyState description="派单目录还是空的。添加事件分类和对应的承办单位后，登记来电时会自动建议承办单位。">
              {data.mayEdit && (
                <Button type="primary" onClick={() => setEditing('new')}>
                  新增分类
                </Button>
              )}
            </EmptyState>
          )}
        </Card>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        涉及多个部门的工单，派单时明确一个牵头单位，其他单位协办。
      </Typography.Paragraph>
      {editing && data && <CatalogueModal catalogue={data} entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onChanged={reload} />}
    </>
  );
}
