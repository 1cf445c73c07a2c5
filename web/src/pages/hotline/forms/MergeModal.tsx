import { Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { mergeBody } from '../../../../../domain/contracts/hotline';
import { hotline, type OrderRow } from '../../../api/hotline';
import { useLoad } from '../../../lib/useLoad';
import { ActionModal } from '../../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../../item/forms/shared';
import { STALE_TEXT } from '../parts';
import type { FormProps } from './types';

const optionOf = (r: OrderRow) => ({
  value: r.id,
  label: `${r.number}\u3000${r.category}\u3000${r.content.length > 28 ? `${r.content.slice(0, 28)}…` : r.content}`,
});

/**
 * 并单: this order reports the same problem as another, which goes on; this one is closed into it.
 * The orders of the same category come first; any other is found by its number or words.
 */
export function MergeModal({ d, title, onClose, onChanged }: FormProps) {
  const [q, setQ] = useState('');
  const { data, loading } = useLoad((signal) => hotline.list(q ? { q, pageSize: 20 } : { category: d.category, pageSize: 20 }, signal), [q, d.category]);
  const options = (data?.rows ?? []).filter((r) => r.id !== d.id && r.state !== 'merged').map(optionOf);
  return (
    <ActionModal<typeof mergeBody, { intoOrderId?: { value: number; label: string }; note?: string }>
      open
      title={`${title} · ${d.number}`}
      okText="并单"
      schema={mergeBody}
      fields={['intoOrderId', 'note']}
      toBody={(v) => ({ version: d.version, intoOrderId: v.intoOrderId?.value, note: v.note || null })}
      submit={(body) => hotline.merge(d.id, body)}
      successText="已并单"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
      width={640}
      intro={<Typography.Paragraph type="secondary">同一问题重复来电的，并入先登记的工单一并办理；本工单不再单独派单。</Typography.Paragraph>}
    >
      {() => (
        <>
          <Form.Item name="intoOrderId" label="并入工单" required>
            <Select
              labelInValue
              showSearch={{ filterOption: false, onSearch: setQ }}
              placeholder="输入工单编号、号码或内容查找"
              loading={loading}
              options={options}
              notFoundContent={loading ? '正在查找…' : '没有找到工单'}
            />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <TextArea autoSize={NOTE_ROWS} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
