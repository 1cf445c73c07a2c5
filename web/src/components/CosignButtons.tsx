import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api/client';

/**
 * 确认附议 / 拒绝: a co-signer's answer to an invitation in one click (R-SUBMIT-1), as the
 * item page's 附议确认 form sends it. Declining asks once more; afterwards `onDone` reloads
 * (also after a 409: someone answered meanwhile).
 */
export function CosignButtons({ itemId, onDone, size }: { itemId: number; onDone: () => void; size?: 'small' | 'middle' }) {
  const [busy, setBusy] = useState<'confirm' | 'decline' | null>(null);
  const { message } = App.useApp();
  const answer = async (confirm: boolean) => {
    setBusy(confirm ? 'confirm' : 'decline');
    try {
      await api.respondCosignature(itemId, { confirm });
      message.success(confirm ? '已确认附议，您将作为联名代表提出该建议' : '已拒绝附议');
      onDone();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
      if (e instanceof ApiError && e.isStale) onDone();
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      <Button type="primary" size={size} loading={busy === 'confirm'} disabled={busy !== null} onClick={() => answer(true)}>
        确认附议
      </Button>
      <Popconfirm title="确定不附议该建议？" description="拒绝后您将不再是该建议的联名代表。" okText="不附议" cancelText="取消" onConfirm={() => answer(false)}>
        <Button danger size={size} loading={busy === 'decline'} disabled={busy !== null}>
          拒绝
        </Button>
      </Popconfirm>
    </Space>
  );
}
