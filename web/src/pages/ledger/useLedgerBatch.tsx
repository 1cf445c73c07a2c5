import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { TableRowSelection } from 'antd/es/table/interface';
import { useState } from 'react';
import { batchActionsFor, type BatchAction } from '../../../../domain/batch/actions';
import type { LedgerColumn } from '../../../../domain/contracts/ledger-columns';
import type { Role } from '../../../../domain/items/roles';
import { ApiError } from '../../api/client';
import { downloadExport, exportUrl } from '../../api/ledgerTools';
import type { LedgerRow } from '../../api/types';
import { BatchBar } from '../batch/BatchBar';
import type { Selected } from '../batch/selection';

/** What a ledger's batch bar offers: at review 立案 only; in the ledger every batch action of the role but the reply steps (their queues hold them). */
function ledgerActions(role: Role, review: boolean): BatchAction[] {
  const mine = batchActionsFor(role);
  if (review) return mine.filter((a) => a === 'accept');
  return mine.filter((a) => a === 'assign' || a === 'urge' || a === 'markKeyItem');
}

/**
 * Row selection on the ledger (批量处理): the ticked rows of the page, the role's batch actions on them and
 * 导出所选 (the selection as .xlsx with the visible columns). Deputies select nothing.
 */
export function useLedgerBatch(o: { role: Role; review: boolean; rows: LedgerRow[]; columns: readonly LedgerColumn[]; reload: () => void }) {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<number[]>([]);
  const [exporting, setExporting] = useState(false);
  if (o.role === 'deputy') return { rowSelection: undefined, bar: null };
  const selected: Selected[] = o.rows
    .filter((r) => picked.includes(r.id))
    .map((r) => ({ itemId: r.id, number: r.number, title: r.title, version: r.version, taskVersion: r.myTask?.version }));
  const exportSelected = async () => {
    setExporting(true);
    try {
      const name = await downloadExport(exportUrl({ ids: selected.map((s) => s.itemId) }, o.columns));
      message.success(`已导出所选 ${selected.length} 件：${name}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '导出失败，请稍后重试');
    } finally {
      setExporting(false);
    }
  };
  const rowSelection: TableRowSelection<LedgerRow> = { selectedRowKeys: picked, onChange: (keys) => setPicked(keys as number[]), columnWidth: 40 };
  const bar = (
    <BatchBar
      selected={selected}
      actions={ledgerActions(o.role, o.review)}
      onClear={() => setPicked([])}
      onDone={o.reload}
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportSelected()}>
          导出所选
        </Button>
      }
    />
  );
  return { rowSelection, bar };
}
