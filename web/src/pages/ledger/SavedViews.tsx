import { DownOutlined, StarOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Form, Input, Modal } from 'antd';
import type { MenuProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { ledgerTools, type SavedView } from '../../api/ledgerTools';
import { useLoad } from '../../lib/useLoad';
import { ManageViewsModal } from './ManageViewsModal';
import { sameApiQuery } from './query';

interface Props {
  /** The current filter and sort as the API's query. */
  current: Record<string, string>;
  /** Puts a saved view's query on the page. */
  apply: (query: Record<string, string>) => void;
}

/**
 * 筛选方案: the user's saved filters, kept on the server so they follow the
 * user to another computer. Pick one to apply it; save the current filter
 * under a name; rename or delete in 管理方案.
 */
export function SavedViews({ current, apply }: Props) {
  const { message } = App.useApp();
  const { data, reload } = useLoad((signal) => ledgerTools.listViews(signal), []);
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const views = data ?? [];
  const active = views.find((v) => sameApiQuery(v.query, current));

  const items: MenuProps['items'] = [
    ...views.map((v) => ({ key: `view:${v.id}`, label: v.name })),
    ...(views.length ? [{ type: 'divider' as const }] : []),
    { key: 'save', label: '保存当前筛选…' },
    { key: 'manage', label: '管理方案…', disabled: !views.length },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'save') setSaving(true);
    else if (key === 'manage') setManaging(true);
    else {
      const v = views.find((x) => `view:${x.id}` === key);
      if (v) apply(v.query);
    }
  };

  return (
    <>
      <Dropdown menu={{ items, onClick, selectable: true, selectedKeys: active ? [`view:${active.id}`] : [] }} trigger={['click']}>
        <Button icon={<StarOutlined />} aria-label={active ? `筛选方案：${active.name}` : '筛选方案'}>
          {active ? active.name : '筛选方案'} <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <SaveViewModal
        open={saving}
        onClose={() => setSaving(false)}
        onSaved={(v) => {
          setSaving(false);
          message.success(`已保存筛选方案「${v.name}」`);
          reload();
        }}
        query={current}
      />
      <ManageViewsModal open={managing} views={views} onClose={() => setManaging(false)} onChanged={reload} />
    </>
  );
}

function SaveViewModal({
  open,
  onClose,
  onSaved,
  query,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (v: SavedView) => void;
  query: Record<string, string>;
}) {
  const [form] = Form.useForm<{ name: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async ({ name }: { name: string }) => {
    setBusy(true);
    try {
      const v = await ledgerTools.createView(name.trim(), query);
      form.resetFields();
      onSaved(v);
    } catch (e) {
      // The server's Chinese message beside the field (e.g. a name already used).
      form.setFields([{ name: 'name', errors: [e instanceof ApiError ? e.message : '保存失败，请重试'] }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="保存当前筛选" open={open} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="name"
          label="方案名称"
          rules={[
            { required: true, whitespace: true, message: '请输入方案名称' },
            { max: 50, message: '方案名称不能超过 50 个字符' },
          ]}
        >
          <Input placeholder="例如：本月红灯件" autoFocus maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
