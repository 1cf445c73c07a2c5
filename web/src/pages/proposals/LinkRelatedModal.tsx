import { Alert, App, Empty, Input, Modal, Radio, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { proposalsApi } from '../../api/proposals';
import type { ItemDetail } from '../../api/types';
import { KindTag } from '../../components/Status';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';

/**
 * 关联相关件: find the other item as the ledger finds it (its search by number, title or text, within what the
 * user sees), pick one, link it. The item itself and those already linked are left out of the choice.
 */
export function LinkRelatedModal({ detail, linked, onClose, onLinked }: { detail: ItemDetail; linked: number[]; onClose: () => void; onLinked: () => void }) {
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const found = useLoad(q ? (signal) => api.listItems({ q, sort: 'relevance', pageSize: 10 }, signal) : null, [q]);
  const rows = (found.data?.rows ?? []).filter((r) => r.id !== detail.item.id && !linked.includes(r.id));

  const link = async () => {
    if (!picked) return setError('请先查找并选择要关联的件');
    setBusy(true);
    setError(null);
    try {
      await proposalsApi.link(detail.item.id, picked);
      message.success('已关联，可在“相关件”中对照阅读');
      onLinked();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '关联失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title="关联相关件"
      okText="关联"
      cancelText="取消"
      onOk={() => void link()}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={mobile ? 'calc(100vw - 20px)' : 620}
      style={mobile ? { top: 10 } : undefined}
    >
      <Typography.Paragraph type="secondary">同一事项的代表建议与政协提案不能并案答复，可以关联为相关件，办理时对照阅读、统一口径。</Typography.Paragraph>
      <Input.Search
        allowClear
        autoFocus
        placeholder="输入编号、标题或正文中的词查找"
        enterButton="查找"
        maxLength={100}
        onSearch={(v) => {
          setQ(v.trim());
          setPicked(null);
        }}
        aria-label="查找要关联的件"
      />
      <div className="related-found">
        {found.loading && q ? (
          <Spin />
        ) : !q ? null : rows.length ? (
          <Radio.Group value={picked} onChange={(e) => setPicked(e.target.value as number)} className="related-choices">
            {rows.map((r) => (
              <Radio key={r.id} value={r.id}>
                <KindTag kind={r.kind} /> <span className="muted">{r.number}</span> {r.title}
              </Radio>
            ))}
          </Radio.Group>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到可关联的件" />
        )}
      </div>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
