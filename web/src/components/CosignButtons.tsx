import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api/client';
import type { Words } from '../lib/words';

/**
 * 确认附议 / 拒绝 (a proposal's 确认联名): a co-signer's answer to an invitation in one click (R-SUBMIT-1), as the
 * item page's 附议确认 form sends it. Declining asks once more; afterwards `onDone` reloads
 * (also after a 409: someone answered meanwhile).
 */
export function CosignButtons({ itemId, words: w, onDone, size }: { itemId: number; words: Words; onDone: () => void; size?: 'small' | 'middle' }) {
  const [busy, setBusy] = useState<'confirm' | 'decline' | null>(null);
  const { message } = App.useApp();
  const answer = async (confirm: boolean) => {
    setBusy(confirm ? 'confirm' : 'decline');
    try {
      await api.respondCosignature(itemId, { confirm });
      message.success(confirm ? `已确认${w.cosign}，您将作为联名${w.submitter}提出该${w.item}` : `已拒绝${w.cosign}`);
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
        确认{w.cosign}
      </Button>
      <Popconfirm
        title={`确定不${w.cosign}该${w.item}？`}
        description={`拒绝后您将不再是该${w.item}的联名${w.submitter}。`}
        okText={`不${w.cosign}`}
        cancelText="取消"
        onConfirm={() => answer(false)}
      >
        <Button danger size={size} loading={busy === 'decline'} disabled={busy !== null}>
          拒绝
        </Button>
      </Popconfirm>
    </Space>
  );
}
