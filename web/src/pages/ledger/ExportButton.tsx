import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { LedgerColumn } from '../../../../domain/contracts/ledger-columns';
import { ApiError } from '../../api/client';
import { downloadExport, exportUrl } from '../../api/ledgerTools';
import type { LedgerParams } from '../../api/types';

/** 导出: the current view — every page of it, the visible columns in the user's order — as an .xlsx file. */
export function ExportButton({ params, columns }: { params: Omit<LedgerParams, 'page' | 'pageSize'>; columns: readonly LedgerColumn[] }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const name = await downloadExport(exportUrl(params, columns));
      message.success(`已导出 ${name}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '导出失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} loading={busy}>
      导出
    </Button>
  );
}
