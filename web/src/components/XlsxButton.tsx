import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { downloadExport } from '../api/ledgerTools';

/** A download of an .xlsx the server builds (ledgers, statistics, standard forms), named by the server. */
export function XlsxButton({ url, children, type }: { url: string; children: ReactNode; type?: 'default' | 'link' | 'primary' }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const name = await downloadExport(url);
      message.success(`已下载 ${name}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} loading={busy} type={type}>
      {children}
    </Button>
  );
}

/** The URL of a download with its query (empty values left out). */
export function xlsxUrl(path: string, query: Record<string, string | number | boolean | undefined | null>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '' && v !== false) qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
