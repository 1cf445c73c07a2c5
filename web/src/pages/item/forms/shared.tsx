import { Form, Input, Radio, Typography } from 'antd';
import type { ItemDetail, Task } from '../../../api/types';

/** What every action form gets from the item page. */
export interface ModalProps {
  detail: ItemDetail;
  onClose: () => void;
  onChanged: () => void;
}

export const { TextArea } = Input;

export function ItemIntro({ detail }: { detail: ItemDetail }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
      {detail.item.number}
      {'\u3000'}
      {detail.item.title}
    </Typography.Paragraph>
  );
}

/** The current unit user's own live task on the item (the server's `ownTask`). */
export function myTask(detail: ItemDetail, unitId: number | null): Task | undefined {
  return detail.tasks.find((t) => t.unitId === unitId && t.state !== 'withdrawn');
}

/** Options of a text area for reasons and notes. */
export const NOTE_ROWS = { minRows: 3, maxRows: 8 } as const;

/** An office's decision on a request: approve (with what that means) or not (R-ASSIGN-3, R-REPLY-7). */
export function ApproveField({ yes }: { yes: string }) {
  return (
    <Form.Item name="approve" label="审批结论" required>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        options={[
          { value: true, label: yes },
          { value: false, label: '不同意' },
        ]}
      />
    </Form.Item>
  );
}
