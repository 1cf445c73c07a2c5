import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { ledgerTools, type SavedView } from '../../api/ledgerTools';

interface Props {
  open: boolean;
  views: SavedView[];
  onClose: () => void;
  onChanged: () => void;
}

/** 管理方案: rename (with the version the user saw: another tab's change is not overwritten) or delete saved views. */
export function ManageViewsModal({ open, views, onClose, onChanged }: Props) {
  return (
    <Modal title="管理筛选方案" open={open} onCancel={onClose} footer={<Button onClick={onClose}>完成</Button>} destroyOnHidden>
      <ul className="manage-views">
        {views.map((v) => (
          <ViewRow key={v.id} view={v} onChanged={onChanged} />
        ))}
      </ul>
    </Modal>
  );
}

function ViewRow({ view, onChanged }: { view: SavedView; onChanged: () => void }) {
  const { message } = App.useApp();
  const [name, setName] = useState(view.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The box follows the saved name when it changes (after a rename); set while rendering, as React advises.
  const [savedName, setSavedName] = useState(view.name);
  if (savedName !== view.name) {
    setSavedName(view.name);
    setName(view.name);
  }

  const rename = async () => {
    const next = name.trim();
    if (!next) return setError('请输入方案名称');
    setBusy(true);
    setError(null);
    try {
      await ledgerTools.updateView(view.id, { version: view.version, name: next });
      message.success(`已重命名为「${next}」`);
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '重命名失败，请重试');
      if (e instanceof ApiError && e.isStale) onChanged();
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    try {
      await ledgerTools.deleteView(view.id);
      message.success(`已删除「${view.name}」`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '删除失败，请重试');
    }
    onChanged();
  };

  return (
    <li>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          aria-label={`方案名称：${view.name}`}
          value={name}
          maxLength={50}
          status={error ? 'error' : undefined}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={rename}
        />
        <Button onClick={rename} loading={busy} disabled={name.trim() === view.name}>
          重命名
        </Button>
        <Popconfirm title={`删除筛选方案「${view.name}」？`} okText="删除" cancelText="取消" onConfirm={remove}>
          <Button danger icon={<DeleteOutlined />} aria-label={`删除${view.name}`} />
        </Popconfirm>
      </Space.Compact>
      {error && <div className="manage-views-error">{error}</div>}
    </li>
  );
}
