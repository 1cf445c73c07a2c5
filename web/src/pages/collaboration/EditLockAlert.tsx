import { Alert, App, Button, Popconfirm } from 'antd';
import { ApiError } from '../../api/client';
import { formatDateTime, todayInShanghai } from '../../lib/dates';
import type { EditLockState } from './useEditLock';

/** 10:32 today, else the day too. */
function sinceText(iso: string): string {
  const full = formatDateTime(iso);
  return full.startsWith(todayInShanghai()) ? full.slice(11) : full;
}

/** "张三 正在编辑（10:32 起）" with 接管编辑, while someone else holds the form's soft edit lock. */
export function EditLockAlert({ lock }: { lock: EditLockState }) {
  const { message } = App.useApp();
  if (!lock.heldBy) return null;
  const { holderName, acquiredAt } = lock.heldBy;
  const takeOver = () =>
    lock.takeOver().then(
      () => message.success(`已接管编辑，${holderName}将收到通知`),
      (e: unknown) => message.error(e instanceof ApiError ? e.message : '接管失败，请稍后重试'),
    );
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`${holderName} 正在编辑（${sinceText(acquiredAt)} 起）`}
      description="同时修改会互相覆盖：保存时如提示数据已被他人修改，请刷新后再改。"
      action={
        <Popconfirm title="接管编辑？" description={`${holderName}将收到通知。`} okText="接管" cancelText="取消" onConfirm={takeOver}>
          <Button size="small" loading={lock.busy}>
            接管编辑
          </Button>
        </Popconfirm>
      }
    />
  );
}
