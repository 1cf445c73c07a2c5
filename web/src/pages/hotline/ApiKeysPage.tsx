import { KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { apiKeyBody } from '../../../../domain/contracts/hotline';
import { ApiError } from '../../api/client';
import { hotline, type ApiKeyRow, type CreatedApiKey } from '../../api/hotline';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { ActionModal } from '../item/ActionModal';

/**
 * 平台接口 (the hotline office): the keys the city's 12345 platform pushes deputies' orders with. A new key
 * is shown once (only its digest is kept); a key no longer used is revoked.
 */
export default function ApiKeysPage() {
  const { message } = App.useApp();
  const { data, error, reload } = useLoad((signal) => hotline.apiKeys(signal), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const revoke = async (k: ApiKeyRow) => {
    try {
      await hotline.revokeApiKey(k.id);
      message.success(`密钥“${k.name}”已停用`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
    }
    reload();
  };

  const columns: ColumnsType<ApiKeyRow> = [
    { title: '名称', dataIndex: 'name' },
    { title: '创建时间', key: 'createdAt', width: 160, render: (_, k) => formatDateTime(k.createdAt) },
    {
      title: '状态',
      key: 'state',
      width: 190,
      render: (_, k) => (k.revokedAt ? <Tag>已停用 {formatDateTime(k.revokedAt)}</Tag> : <Tag color="green">使用中</Tag>),
    },
    {
      title: '操作',
      key: 'op',
      width: 90,
      render: (_, k) =>
        !k.revokedAt && (
          <Popconfirm
            title={`停用“${k.name}”？`}
            description="停用后平台用这个密钥推送的工单将被拒收。"
            okText="停用"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => revoke(k)}
          >
            <Button size="small" danger>
              停用
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <div className="page-title">
        <h1>平台接口</h1>
        <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)}>
          新建密钥
        </Button>
      </div>
      <Typography.Paragraph type="secondary">
        12345 热线平台受理人大代表来电后，用这里的密钥把工单推送到本平台，自动进入专线工单待派单；同一平台工单编号重复推送不会重复登记。
      </Typography.Paragraph>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <Card styles={{ body: { padding: data.keys.length ? 0 : undefined } }}>
          {data.keys.length ? (
            <Table<ApiKeyRow> rowKey="id" size="middle" columns={columns} dataSource={data.keys} pagination={false} scroll={{ x: 640 }} />
          ) : (
            <EmptyState description="还没有平台密钥" />
          )}
        </Card>
      )}
      {creating && (
        <ActionModal<typeof apiKeyBody, { name?: string }>
          open
          title="新建平台密钥"
          okText="生成"
          schema={apiKeyBody}
          fields={['name']}
          toBody={(v) => ({ name: v.name ?? '' })}
          submit={async (body) => setCreated(await hotline.createApiKey(body))}
          successText="密钥已生成"
          onClose={() => setCreating(false)}
          onChanged={reload}
        >
          {() => (
            <Form.Item name="name" label="密钥名称" required extra="用途或使用方，如：市12345热线平台">
              <Input maxLength={100} />
            </Form.Item>
          )}
        </ActionModal>
      )}
      <Modal
        open={Boolean(created)}
        title="请保存密钥"
        okText="我已保存"
        cancelButtonProps={{ style: { display: 'none' } }}
        onOk={() => setCreated(null)}
        onCancel={() => setCreated(null)}
      >
        <Alert type="warning" showIcon title="密钥只显示这一次，关闭后无法再查看。请复制后交给平台技术人员。" style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: created?.key }} code style={{ wordBreak: 'break-all' }}>
          {created?.key}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
