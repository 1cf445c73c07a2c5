import { Input, Typography } from 'antd';
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
      {detail.item.number}{'\u3000'}{detail.item.title}
    </Typography.Paragraph>
  );
}

/** The current unit user's own live task on the item (the server's `ownTask`). */
export function myTask(detail: ItemDetail, unitId: number | null): Task | undefined {
  return detail.tasks.find((t) => t.unitId === unitId && t.state !== 'withdrawn');
}

/** Options of a text area for reasons and notes. */
export const NOTE_ROWS = { minRows: 3, maxRows: 8 } as const;
