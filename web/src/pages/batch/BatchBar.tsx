import { Button, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { BATCH_ACTIONS } from '../../../../domain/batch/actions';
import type { BatchAction } from '../../api/batch';
import { BatchDialog } from './BatchDialog';
import type { Selected } from './selection';
import './batch.css';

/**
 * Shown above a table while rows are selected: how many, the batch actions this list offers, and
 * whatever else applies to a selection (e.g. 导出所选). After a run the list reloads and the selection clears.
 */
export function BatchBar({
  selected,
  actions,
  onDone,
  onClear,
  extra,
}: {
  selected: Selected[];
  actions: BatchAction[];
  onDone: () => void;
  onClear: () => void;
  extra?: ReactNode;
}) {
  const [open, setOpen] = useState<BatchAction | null>(null);
  if (!selected.length) return null;
  return (
    <div className="batch-bar" role="region" aria-label="批量处理">
      <Space wrap>
        <Typography.Text strong>已选 {selected.length} 件</Typography.Text>
        {actions.map((a) => (
          <Button key={a} type="primary" onClick={() => setOpen(a)}>
            {BATCH_ACTIONS[a].label}
          </Button>
        ))}
        {extra}
        <Button onClick={onClear}>取消选择</Button>
      </Space>
      {open && (
        <BatchDialog
          action={open}
          rows={selected}
          onClose={(ran) => {
            setOpen(null);
            if (ran) {
              onClear();
              onDone();
            }
          }}
        />
      )}
    </div>
  );
}
