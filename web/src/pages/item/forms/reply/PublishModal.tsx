import { Form, Select, Typography } from 'antd';
import { replyActionBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import type { ItemDetail } from '../../../../api/types';
import { ActionModal } from '../../ActionModal';
import { unitOf } from '../../Section';
import type { ModalProps } from '../shared';

/** Sent public replies not yet recorded as published (R-PUBLISH-1). */
function unpublished(detail: ItemDetail) {
  return detail.replies.filter((r) => r.state === 'sent' && r.publicity === 'public' && !r.publishedAt);
}

// ── 登记门户公开 (R-PUBLISH-1) ──────────────────────────────────────
export function PublishModal({ detail, onClose, onChanged }: ModalProps) {
  const open = unpublished(detail);
  return (
    <ActionModal<typeof replyActionBody, { replyId?: number }>
      open
      title="登记答复已公开"
      okText="登记已公开"
      schema={replyActionBody}
      fields={['replyId']}
      initialValues={{ replyId: open[0]?.id }}
      toBody={(v) => ({ version: open.find((r) => r.id === v.replyId)?.version })}
      extraCheck={(v) => (v.replyId ? [] : [{ field: 'replyId', message: '请选择答复' }])}
      submit={(body, v) => actions.publishReply(detail.item.id, v.replyId!, body)}
      successText="已登记公开，不再提醒"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          标注为公开的答复，应在答复之日起规定期限内在门户网站公开。登记后系统不再发出公开提醒，并记入办理历史。
        </Typography.Paragraph>
      }
    >
      {() => (
        <Form.Item name="replyId" label="答复" required>
          <Select options={open.map((r) => ({ value: r.id, label: `${unitOf(detail, r.taskId)}（${r.sentOn ?? ''} 答复）` }))} />
        </Form.Item>
      )}
    </ActionModal>
  );
}
